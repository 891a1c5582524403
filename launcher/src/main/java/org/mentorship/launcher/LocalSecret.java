package org.mentorship.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret of the local run (e.g. stipend-service's payee encryption key), made once per home in
 * {@code <home>/keys/<name>}, outside git, so data encrypted before a {@code down}/{@code up} stays readable.
 * Local use only: production's secrets come from the environment.
 */
final class LocalSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final int bytes;

    LocalSecret(Layout layout, String name, int bytes) {
        this.file = layout.home().resolve("keys").resolve(name);
        this.bytes = bytes;
    }

    /** The secret as base64, made on first use. */
    synchronized String base64() {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] secret = new byte[bytes];
                RANDOM.nextBytes(secret);
                Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local secret " + file, e);
        }
    }
}
