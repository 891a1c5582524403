package org.mentorship.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorship.platform.security.Caller;

/**
 * Runs an {@link Idempotent} operation that carries an Idempotency-Key in one transaction with its key: the caller is
 * the token's subject. Inside bean validation (whose 400 comes first, as before), so only valid requests claim keys.
 * The first answer is the kept one, rebuilt from the kept bytes, so a replay is byte for byte what the first call got.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotencyInterceptor {

    private final PendingIdempotentRequest pending;
    private final Caller caller;
    private final TransactionConnections connections;
    private final ObjectMapper json;
    private final Clock clock;
    private final EntityManager entityManager;
    private final IdempotentExecution execution;

    IdempotencyInterceptor(
            PendingIdempotentRequest pending,
            Caller caller,
            TransactionConnections connections,
            ObjectMapper json,
            Clock clock,
            EntityManager entityManager,
            IdempotencyConfig config) {
        this.pending = pending;
        this.caller = caller;
        this.connections = connections;
        this.json = json;
        this.clock = clock;
        this.entityManager = entityManager;
        this.execution = new IdempotentExecution(config.ttl());
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        if (!pending.present()) {
            return invocation.proceed();
        }
        IdempotentRequest request = pending.by(caller.userId());
        IdempotentExecution.Outcome outcome;
        try {
            outcome = QuarkusTransaction.joiningExisting()
                    .call(() -> execution.run(
                            connections, request, clock.instant(), () -> keep(proceedAndFlush(invocation))));
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof java.sql.SQLException cause ? cause : e;
        } catch (Failed e) {
            throw e.cause;
        }
        return response(outcome);
    }

    /**
     * The work's own statements are flushed before its answer is kept: a write refused at flush (a stale version, a
     * unique key) then fails the work as it would have at the service's own commit, and no answer is kept.
     */
    private Object proceedAndFlush(InvocationContext invocation) {
        try {
            Object result = invocation.proceed();
            entityManager.flush();
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new Failed(e);
        }
    }

    private StoredAnswer keep(Object result) {
        if (!(result instanceof Response response)) {
            throw new IllegalStateException("@Idempotent needs an operation that returns a Response");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                headers.put(name, List.copyOf(values));
            }
        });
        Object entity = response.getEntity();
        byte[] body;
        try {
            body = entity == null
                    ? null
                    : entity instanceof byte[] bytes
                            ? bytes
                            : entity instanceof String text
                                    ? IdempotentRequest.utf8(text)
                                    : json.writeValueAsBytes(entity);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot keep the answer of an idempotent request", e);
        }
        MediaType type = response.getMediaType();
        if (type != null || body != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(type != null ? type.toString() : MediaType.APPLICATION_JSON));
        }
        return new StoredAnswer(response.getStatus(), headers, body);
    }

    private static Response response(IdempotentExecution.Outcome outcome) {
        StoredAnswer answer = outcome.answer();
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach((name, values) -> {
            if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                response.type(values.get(0));
            } else {
                values.forEach(value -> response.header(name, value));
            }
        });
        if (answer.body() != null) {
            response.entity(answer.body());
        }
        if (outcome.replayed()) {
            response.header(IdempotencyKeys.REPLAYED, "true");
        }
        return response.build();
    }

    /** Carries a checked exception of the operation out through the transaction. */
    private static final class Failed extends RuntimeException {
        private final Exception cause;

        Failed(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
