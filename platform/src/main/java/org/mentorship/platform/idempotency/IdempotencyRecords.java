package org.mentorship.platform.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The statements on {@code idempotent_request}, on the connection of the work's transaction. */
final class IdempotencyRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {};

    /** A committed row: the request it was first sent with, and its answer (null only if another path left none). */
    record Kept(IdempotentRequest request, StoredAnswer answer) {}

    /**
     * Inserts the key first. On the primary key a concurrent twin's insert waits until this transaction ends; a row
     * already expired (not yet deleted by the cleanup job) is taken over. False: a live row holds the key.
     */
    boolean claim(Connection c, IdempotentRequest r, Instant now, Instant expiresAt) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                insert into idempotent_request (caller, idempotency_key, request_method, request_path, body_sha256,
                    created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (caller, idempotency_key) do update set request_method = excluded.request_method,
                    request_path = excluded.request_path, body_sha256 = excluded.body_sha256, status = null,
                    headers = null, body = null, created_at = excluded.created_at, expires_at = excluded.expires_at
                where idempotent_request.expires_at <= excluded.created_at""")) {
            st.setString(1, r.caller());
            st.setString(2, r.key());
            st.setString(3, r.method());
            st.setString(4, r.path());
            st.setString(5, r.bodySha256());
            st.setTimestamp(6, Timestamp.from(now));
            st.setTimestamp(7, Timestamp.from(expiresAt));
            return st.executeUpdate() == 1;
        }
    }

    void answer(Connection c, IdempotentRequest r, StoredAnswer answer) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                update idempotent_request set status = ?, headers = ?, body = ?
                where caller = ? and idempotency_key = ?""")) {
            st.setInt(1, answer.status());
            st.setString(2, write(answer.headers()));
            st.setBytes(3, answer.body());
            st.setString(4, r.caller());
            st.setString(5, r.key());
            st.executeUpdate();
        }
    }

    Optional<Kept> find(Connection c, String caller, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                select request_method, request_path, body_sha256, status, headers, body from idempotent_request
                where caller = ? and idempotency_key = ?""")) {
            st.setString(1, caller);
            st.setString(2, key);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                IdempotentRequest first =
                        new IdempotentRequest(caller, key, rs.getString(1), rs.getString(2), rs.getString(3));
                int status = rs.getInt(4);
                StoredAnswer answer =
                        rs.wasNull() ? null : new StoredAnswer(status, read(rs.getString(5)), rs.getBytes(6));
                return Optional.of(new Kept(first, answer));
            }
        }
    }

    /** Deletes keys expired at {@code now}; returns how many. */
    int deleteExpired(Connection c, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("delete from idempotent_request where expires_at <= ?")) {
            st.setTimestamp(1, Timestamp.from(now));
            return st.executeUpdate();
        }
    }

    private static String write(Map<String, List<String>> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> read(String headers) {
        try {
            return headers == null ? Map.of() : JSON.readValue(headers, HEADERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
