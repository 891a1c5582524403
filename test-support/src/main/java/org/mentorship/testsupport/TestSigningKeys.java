package org.mentorship.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The tests' token signing key pair, made at first use on this machine (never committed: a key in the repository
 * is a key anyone can sign with). One pair per user in the temporary directory, shared by every test JVM and
 * class loader: the services trust its public half ({@link TestJwtConfigSource}), {@link Tokens} signs with the
 * private one. Several JVMs may race to make it; the first complete pair moved into place wins.
 */
public final class TestSigningKeys {

    private static final Path DIRECTORY = Paths.get(
            System.getProperty("java.io.tmpdir"), "mentorship-test-jwt-" + System.getProperty("user.name", "user"));

    private TestSigningKeys() {}

    public static Path publicKeyFile() {
        ensure();
        return DIRECTORY.resolve("public.pem");
    }

    public static Path privateKeyFile() {
        ensure();
        return DIRECTORY.resolve("private.pem");
    }

    private static void ensure() {
        if (Files.isRegularFile(DIRECTORY.resolve("private.pem"))
                && Files.isRegularFile(DIRECTORY.resolve("public.pem"))) {
            return;
        }
        try {
            Files.createDirectories(DIRECTORY.getParent());
            Path staging = Files.createTempDirectory(DIRECTORY.getParent(), "mentorship-test-jwt-staging-");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(
                    staging.resolve("private.pem"),
                    pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.setPosixFilePermissions(staging.resolve("private.pem"), PosixFilePermissions.fromString("rw-------"));
            Files.writeString(
                    staging.resolve("public.pem"),
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            try {
                Files.move(staging, DIRECTORY, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException another) {
                delete(staging); // another JVM made the pair first: use that one
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the test token keys in " + DIRECTORY, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
