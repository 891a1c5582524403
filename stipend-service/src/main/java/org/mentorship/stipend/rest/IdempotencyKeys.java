package org.mentorship.stipend.rest;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.mentorship.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Idempotency-Key for POSTs that create or pay. The key is claimed first (its own transaction), so a concurrent
 * twin is refused rather than run twice; the first successful answer is stored and replayed for the same key.
 * A refused request releases its key, so the client can fix the cause and send it again.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotencyKeys(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    public Response run(String caller, String key, String operation, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.unprocessable("invalid-idempotency-key", "Invalid Idempotency-Key", "Use 1 to 200 characters");
        }
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "insert into idempotency_key (caller, key, operation, created_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, operation).setParameter(4, clock.instant())
                .executeUpdate() == 1);
        if (!claimed) {
            return replay(caller, key, operation);
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from idempotency_key where caller = ?1 and key = ?2").setParameter(1, caller).setParameter(2, key)
                    .executeUpdate());
            throw e;
        }
        String body = write(response.getEntity());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update idempotency_key set status = ?3, body = ?4 where caller = ?1 and key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, response.getStatus()).setParameter(4, body)
                .executeUpdate());
        return response;
    }

    @SuppressWarnings("unchecked")
    private Response replay(String caller, String key, String operation) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select operation, status, body from idempotency_key where caller = ?1 and key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList());
        if (rows.isEmpty()) {
            throw ProblemException.conflict("idempotency-key-in-use", "Idempotency-Key in use", "Send the request again");
        }
        Object[] row = rows.get(0);
        if (!operation.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key reused",
                    "This key was used for another request");
        }
        if (row[1] == null) {
            throw ProblemException.conflict("idempotency-key-in-use", "Idempotency-Key in use",
                    "A request with this key is still being processed");
        }
        return Response.status(((Number) row[1]).intValue()).entity(row[2]).type(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true").build();
    }

    private String write(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the answer of an idempotent request", e);
        }
    }
}
