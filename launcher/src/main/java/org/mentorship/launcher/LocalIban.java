package org.mentorship.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The local run's debtor account (MENTORSHIP_STIPEND_DEBTOR_IBAN): a German IBAN with a random account number and
 * correct check digits, made once per home in {@code <home>/keys}. stipend-service has no default (the textbook
 * example IBAN is refused by a packaged service), and a fixed value here would just be the next public sample.
 */
final class LocalIban {

    static final String ENVIRONMENT_VARIABLE = "MENTORSHIP_STIPEND_DEBTOR_IBAN";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    LocalIban(Layout layout) {
        this.file = layout.home().resolve("keys").resolve("stipend-debtor-iban");
    }

    synchronized String iban() {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, random() + "\n");
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local debtor IBAN " + file, e);
        }
    }

    /** DE, check digits, 8-digit bank code, 10-digit account number (ISO 13616 mod 97). */
    static String random() {
        StringBuilder bban = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            bban.append(RANDOM.nextInt(10));
        }
        // Check digits: 98 - (BBAN + "DE00" as digits, D=13, E=14) mod 97.
        int remainder =
                new BigInteger(bban + "131400").mod(BigInteger.valueOf(97)).intValue();
        return String.format("DE%02d%s", 98 - remainder, bban);
    }
}
