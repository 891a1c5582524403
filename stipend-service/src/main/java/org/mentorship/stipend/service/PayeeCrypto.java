package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import org.mentorship.stipend.config.StipendConfig;
import org.mentorship.stipend.problem.StipendProblems;

/** Account details at rest: AES-GCM with a random IV per value; only payout files ever decrypt them. */
@ApplicationScoped
public class PayeeCrypto {

    private static final Logger LOG = Logger.getLogger(PayeeCrypto.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Optional<SecretKeySpec> key;

    PayeeCrypto(StipendConfig config) {
        this.key = config.payeeKey()
                .filter(k -> !k.isBlank())
                .map(k -> new SecretKeySpec(Base64.getDecoder().decode(k), "AES"));
        if (key.isEmpty()) {
            LOG.warn(
                    "mentorship.stipend.payee-key (MENTORSHIP_STIPEND_PAYEE_KEY) is not set: payee details cannot be saved");
        }
    }

    private SecretKeySpec key() {
        return key.orElseThrow(() -> StipendProblems.NOT_CONFIGURED.with(
                "Payee details cannot be stored: the encryption key is not configured"));
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt payee details", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt payee details", e);
        }
    }

    /** Everything but the last four characters hidden: "DE89370400440532013000" -> "******************3000". */
    public static String mask(String account) {
        String compact = account.replaceAll("\\s", "");
        int visible = Math.min(4, compact.length() / 2);
        return "*".repeat(Math.min(compact.length() - visible, 20)) + compact.substring(compact.length() - visible);
    }
}
