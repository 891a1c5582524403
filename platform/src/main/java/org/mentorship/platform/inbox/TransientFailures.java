package org.mentorship.platform.inbox;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.mentorship.contracts.MalformedEventException;
import org.mentorship.platform.problem.ProblemException;

/**
 * Tells a failure that will recur for this event, whatever happens around it, from one that may pass. Retrying is the
 * default: a valid event dead-lettered because the pool was exhausted, the database failed over, a lock or statement
 * timed out or the transaction timed out would be an effect that silently never happens. Only what is provably about
 * the event itself is deterministic:
 * <ul>
 * <li>a malformed event (no CloudEvent envelope, not JSON, outside its schema: {@link MalformedEventException}, or
 * Jackson failing to read data a handler reads);</li>
 * <li>PostgreSQL refusing the data: SQLState classes 22 (data exception), 23 (integrity constraint) and 42 (syntax or
 * access rule), except 42501 (a missing grant is the deployment's fault, and would dead-letter every event);</li>
 * <li>a named domain refusal: {@link EventRefusal}, a 4xx {@link ProblemException} (but not 404, which a later event
 * of another topic may cure, nor the concurrency conflicts 408/409 stale-write/423/425/429), an
 * {@link IllegalArgumentException} (Java's "this input is refused") or a Bean Validation violation.</li>
 * </ul>
 * The whole cause chain is read, and any sign of a passing failure in it (an SQLException outside 22/23/42, a lock or
 * connection failure, an I/O error) wins over a deterministic sign: only a chain with no doubt is dead-lettered.
 */
final class TransientFailures {

    private enum Sign {
        DETERMINISTIC,
        TRANSIENT,
        NONE
    }

    static boolean isTransient(Throwable failure) {
        return deterministic(failure).isEmpty();
    }

    /** Why this failure will recur for the event, or empty when it may pass (then the consumer retries). */
    static Optional<String> deterministic(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable deterministic = null;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            switch (sign(t)) {
                case TRANSIENT -> {
                    return Optional.empty();
                }
                case DETERMINISTIC -> {
                    if (deterministic == null) {
                        deterministic = t;
                    }
                }
                case NONE -> {}
            }
        }
        return Optional.ofNullable(deterministic).map(TransientFailures::describe);
    }

    private static Sign sign(Throwable t) {
        if (t instanceof MalformedEventException
                || t instanceof EventRefusal
                || t instanceof IllegalArgumentException
                || t instanceof jakarta.validation.ConstraintViolationException
                || isNamed(t, "com.fasterxml.jackson.core.JacksonException")
                || isNamed(t, "org.hibernate.PropertyValueException")) {
            return Sign.DETERMINISTIC;
        }
        if (t instanceof ProblemException problem) {
            return refuses(problem) ? Sign.DETERMINISTIC : Sign.TRANSIENT;
        }
        if (t instanceof SQLException sql) {
            return refusesData(sql.getSQLState()) ? Sign.DETERMINISTIC : Sign.TRANSIENT;
        }
        if (t instanceof IOException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof jakarta.persistence.OptimisticLockException
                || isNamed(t, "org.hibernate.StaleStateException")
                || isNamed(t, "org.hibernate.exception.JDBCConnectionException")
                || isNamed(t, "org.hibernate.exception.LockAcquisitionException")) {
            return Sign.TRANSIENT;
        }
        return Sign.NONE;
    }

    /** 22 data exception, 23 integrity constraint violation, 42 syntax or access rule: the data, not the moment. */
    private static boolean refusesData(String state) {
        if (state == null || state.length() < 2) {
            return false; // Agroal's "Sorry, acquisition timeout!" and other driver-side failures carry none
        }
        if (state.equals("42501")) {
            return false;
        }
        String sqlClass = state.substring(0, 2);
        return sqlClass.equals("22") || sqlClass.equals("23") || sqlClass.equals("42");
    }

    private static boolean refuses(ProblemException problem) {
        int status = problem.status();
        if (status < 400 || status > 499) {
            return false;
        }
        return switch (status) {
            case 404, 408, 423, 425, 429 -> false;
            case 409 -> !problem.slug().equals("stale-write") && !problem.slug().equals("idempotency-key-in-use");
            default -> true;
        };
    }

    /** By name, for types of libraries a service may not have (and whose wrappers differ between versions). */
    private static boolean isNamed(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        String state = t instanceof SQLException sql && sql.getSQLState() != null
                ? " [SQLState " + sql.getSQLState() + "]"
                : "";
        return t.getClass().getName() + state + ": " + t.getMessage();
    }

    private TransientFailures() {}
}
