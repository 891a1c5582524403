package org.mentorship.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A caller's key and the fingerprint of the request it was sent with: method, path (with query), body hash. */
public record IdempotentRequest(String caller, String key, String method, String path, String bodySha256) {

    /** The longest key accepted (the column's size). */
    public static final int MAX_KEY = 200;

    public static IdempotentRequest of(String caller, String key, String method, String path, byte[] body) {
        return new IdempotentRequest(caller, key, method, path, sha256(body == null ? new byte[0] : body));
    }

    public IdempotentRequest by(String otherCaller) {
        return new IdempotentRequest(otherCaller, key, method, path, bodySha256);
    }

    /** The same request again (a retry), not merely the same key. */
    public boolean sameRequestAs(IdempotentRequest other) {
        return method.equals(other.method) && path.equals(other.path) && bodySha256.equals(other.bodySha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
