package org.mentorship.webhook.service;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Standard Webhooks secrets and signatures, by the specification's own Java library: a secret is
 * {@code whsec_<base64 of 32 random bytes>}; a signature is {@code v1,<base64 HMAC-SHA256(secret bytes,
 * "{webhook-id}.{webhook-timestamp}.{body}")>}.
 */
public final class Signatures {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    public static String sign(String secret, String id, long timestampSeconds, String body) {
        try {
            return new Webhook(secret).sign(id, timestampSeconds, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("Could not sign webhook " + id, e);
        }
    }

    private Signatures() {}
}
