package org.mentorship.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The local run's certificate signing key: an Ed25519 key made at the first start of certificate-service (kept in
 * {@code <home>/keys}, outside git) and handed to it as MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY, which it needs
 * outside its test and dev profiles. One key per home, so letters signed before a {@code down}/{@code up} still
 * verify. Local use only: production's key is a secret of its own.
 */
final class LocalSigningKey {

    static final String ENVIRONMENT_VARIABLE = "MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY";

    private final Path file;

    LocalSigningKey(Layout layout) {
        this.file = layout.home().resolve("keys").resolve("certificate-signing-ed25519.pk8.b64");
    }

    /** The base64 PKCS#8 private key, made on first use. */
    synchronized String base64Pkcs8() {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519")
                        .generateKeyPair()
                        .getPrivate()
                        .getEncoded();
                Files.writeString(file, Base64.getEncoder().encodeToString(pkcs8) + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local certificate signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
