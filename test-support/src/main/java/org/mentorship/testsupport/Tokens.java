package org.mentorship.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * Bearer tokens for tests, signed (RS256) with the test-only key made on this machine ({@link TestSigningKeys}),
 * whose public half the services trust in the test profile. Use with RestAssured:
 * {@code given().auth().oauth2(Tokens.mentee("alice"))}.
 */
public final class Tokens {

    public static final String ISSUER = "https://mentorship.local";
    /** The audience the services and the gateway require in the test profile (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "mentorship-api";

    private static PrivateKey key;

    public static String mentee(String user) {
        return of(user, "mentee");
    }

    public static String mentor(String user) {
        return of(user, "mentor");
    }

    public static String coordinator(String user) {
        return of(user, "coordinator");
    }

    public static String finance(String user) {
        return of(user, "finance");
    }

    public static String partner(String client) {
        return of(client, "partner");
    }

    /** An {@code org-admin} running {@code organizations} (the token's {@code organizations} claim). */
    public static String orgAdmin(String user, String... organizations) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user)
                .upn(user)
                .groups(Set.of("org-admin"))
                .claim("organizations", java.util.List.of(organizations))
                .claim("name", user.substring(0, 1).toUpperCase() + user.substring(1))
                .claim("email", user + "@example.org")
                .expiresIn(Duration.ofHours(1))
                .sign(privateKey());
    }

    public static String of(String user, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user)
                .upn(user)
                .groups(Set.of(roles))
                .claim("name", user.substring(0, 1).toUpperCase() + user.substring(1))
                .claim("email", user + "@example.org")
                .expiresIn(Duration.ofHours(1))
                .sign(privateKey());
    }

    /** A token signed by a key the services do not trust: must be refused. */
    public static String forged(String user, String... roles) {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject(user)
                    .groups(Set.of(roles))
                    .expiresIn(Duration.ofHours(1))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test-only signing key the services trust in the test profile (to make deliberately bad tokens). */
    public static PrivateKey signingKey() {
        return privateKey();
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try {
                key = KeyUtils.decodePrivateKey(java.nio.file.Files.readString(TestSigningKeys.privateKeyFile()));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the test signing key", e);
            }
        }
        return key;
    }

    private Tokens() {}
}
