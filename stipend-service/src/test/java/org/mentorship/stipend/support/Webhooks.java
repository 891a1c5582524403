package org.mentorship.stipend.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays the payout provider: signs callbacks as the Standard Webhooks spec says, written out here from the spec (not
 * with the library the service verifies with), so a test checks the wire format, not the library against itself.
 */
public final class Webhooks {

    /** The %test secret of application.properties. */
    public static final String SECRET = "whsec_dGVzdC1vbmx5LXBheW91dC1jYWxsYmFjay1zZWNyZXQ=";

    public static final String PATH = "/api/v1/payments/callbacks/payout";

    /** v1,base64(HMAC-SHA256(bytes the secret's base64 encodes, id.timestamp.body)). */
    public static String sign(String secret, String id, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
        return sign(key, id, timestamp, body);
    }

    public static String sign(byte[] key, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "v1,"
                    + Base64.getEncoder()
                            .encodeToString(
                                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    public static String paid(String endToEndId, String reference) {
        return "{\"endToEndId\":\"" + endToEndId + "\",\"outcome\":\"PAID\",\"reference\":\"" + reference + "\"}";
    }

    public static String failed(String endToEndId, String reason) {
        return "{\"endToEndId\":\"" + endToEndId + "\",\"outcome\":\"FAILED\",\"reason\":\"" + reason + "\"}";
    }

    /** The EndToEndId of a payment's attempt in a payout file. */
    public static String endToEnd(String paymentId, int attempt) {
        return paymentId.replace("-", "") + "-" + attempt;
    }

    /** A callback signed now with the test secret, under a new webhook-id. */
    public static Response send(String body) {
        return send(newId(), body);
    }

    public static Response send(String id, String body) {
        long now = Instant.now().getEpochSecond();
        return send(id, now, sign(SECRET, id, now, body), body);
    }

    public static Response send(String id, long timestamp, String signature, String body) {
        var request = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
        if (id != null) {
            request = request.header("webhook-id", id);
        }
        request = request.header("webhook-timestamp", String.valueOf(timestamp));
        if (signature != null) {
            request = request.header("webhook-signature", signature);
        }
        return request.post(PATH);
    }

    private Webhooks() {}
}
