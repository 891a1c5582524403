package org.mentorship.certificate.service;

import java.security.SecureRandom;

/**
 * Verification codes: 16 characters of Crockford's base32 (80 random bits), grouped by four, e.g.
 * {@code 7KQ2-M9XD-4RTA-JH3C}: unguessable, and easy to read aloud or type (no I, L, O, U).
 */
public final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A typed code as stored: upper case, Crockford's look-alikes mapped, grouped by four. */
    public static String normalise(String typed) {
        String raw = typed == null
                ? ""
                : typed.toUpperCase(java.util.Locale.ROOT)
                        .replaceAll("[^0-9A-Z]", "")
                        .replace('O', '0')
                        .replace('I', '1')
                        .replace('L', '1');
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(raw.charAt(i));
        }
        return code.toString();
    }

    private VerificationCodes() {}
}
