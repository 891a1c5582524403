package org.mentorship.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The local run's identity provider: an RSA key pair made at the first {@code up} (kept in
 * {@code <home>/keys}, outside git), whose public half the services trust, and RS256 tokens signed with it for
 * {@code ./mentorship token}. Local use only: production trusts a real OIDC provider's keys.
 */
public final class LocalTokens {

    public static final String ISSUER = "https://mentorship.local";
    /** The audience the services and the gateway require (MP_JWT_VERIFY_AUDIENCES): this API, no other client. */
    public static final String AUDIENCE = "mentorship-api";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final Path privateKey;
    private final Path publicKey;

    LocalTokens(Layout layout) {
        Path keys = layout.home().resolve("keys");
        this.privateKey = keys.resolve("jwt-private.pem");
        this.publicKey = keys.resolve("jwt-public.pem");
    }

    /** The PEM file the services verify tokens with ({@link #ensureKeys()} creates it before a start). */
    Path publicKeyFile() {
        return publicKey;
    }

    synchronized void ensureKeys() {
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        try {
            Files.createDirectories(privateKey.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local token keys to " + privateKey.getParent(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed token for {@code user} with {@code roles}, valid for {@code lifetime}. */
    public String mint(String user, Duration lifetime, String... roles) {
        return mint(user, lifetime, List.of(), roles);
    }

    /**
     * A signed token for {@code user} with {@code roles} and, for an org-admin, the {@code organizations} claim
     * naming the organisations she runs (left out when empty).
     */
    public String mint(String user, Duration lifetime, List<String> organizations, String... roles) {
        ensureKeys();
        long now = Instant.now().getEpochSecond();
        String groups = Stream.of(roles).map(r -> "\"" + json(r) + "\"").collect(Collectors.joining(","));
        String orgs = organizations.isEmpty()
                ? ""
                : ",\"organizations\":["
                        + organizations.stream().map(o -> "\"" + json(o) + "\"").collect(Collectors.joining(","))
                        + "]";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + json(user)
                + "\",\"upn\":\"" + json(user) + "\",\"name\":\"" + json(user) + "\",\"email\":\"" + json(user)
                + "@example.org\",\"groups\":[" + groups + "]" + orgs + ",\"iat\":" + now + ",\"exp\":"
                + (now + lifetime.toSeconds())
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(readPrivateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot sign a token with " + privateKey, e);
        }
    }

    private PrivateKey readPrivateKey() throws IOException, GeneralSecurityException {
        String base64 =
                Files.readString(privateKey).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
