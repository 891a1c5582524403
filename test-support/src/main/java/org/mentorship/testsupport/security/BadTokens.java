package org.mentorship.testsupport.security;

import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tokens every protected endpoint must refuse with 401, made for one issuer, audience and signing key: none at
 * all, expired, unsigned ({@code alg=none}), from another issuer, for another audience (a token the same identity
 * provider issued to another client), without an audience, without a subject (nobody to act for), and signed by
 * another key. Each carries the coordinator role, so a refusal can only come from the token check, never from the
 * role.
 */
public final class BadTokens {

    /** Stands for "no Authorization header". */
    public static final String NO_TOKEN = "";

    private BadTokens() {}

    /** By name, in a stable order; {@link #NO_TOKEN} for the request without a token. */
    public static Map<String, String> of(PrivateKey key, String issuer, String audience) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", NO_TOKEN);
        tokens.put(
                "expired",
                Jwt.issuer(issuer)
                        .audience(audience)
                        .subject("cora")
                        .groups(Set.of("coordinator"))
                        .issuedAt(Instant.now().minusSeconds(7200))
                        .expiresAt(Instant.now().minusSeconds(3600))
                        .sign(key));
        tokens.put("alg=none", unsigned(issuer, audience));
        tokens.put(
                "wrong issuer",
                Jwt.issuer("https://elsewhere.example")
                        .audience(audience)
                        .subject("cora")
                        .groups(Set.of("coordinator"))
                        .expiresIn(3600)
                        .sign(key));
        tokens.put(
                "wrong audience",
                Jwt.issuer(issuer)
                        .audience("another-client")
                        .subject("cora")
                        .groups(Set.of("coordinator"))
                        .expiresIn(3600)
                        .sign(key));
        tokens.put(
                "no audience",
                Jwt.issuer(issuer)
                        .subject("cora")
                        .groups(Set.of("coordinator"))
                        .expiresIn(3600)
                        .sign(key));
        tokens.put(
                "no subject",
                Jwt.issuer(issuer)
                        .audience(audience)
                        .upn("cora")
                        .groups(Set.of("coordinator"))
                        .expiresIn(3600)
                        .sign(key));
        tokens.put(
                "wrong signature",
                Jwt.issuer(issuer)
                        .audience(audience)
                        .subject("cora")
                        .groups(Set.of("coordinator"))
                        .expiresIn(3600)
                        .sign(otherKey()));
        return tokens;
    }

    private static String unsigned(String issuer, String audience) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience
                + "\",\"sub\":\"cora\",\"upn\":\"cora\",\"groups\":[\"coordinator\"]," + "\"iat\":" + now + ",\"exp\":"
                + (now + 3600) + "}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
