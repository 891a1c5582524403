package org.mentorship.platform.problem;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A request failed because the database cannot serve it right now, not because of the request: the pool is
 * exhausted (Agroal's acquisition timeout), the connection failed or the server is starting or shutting down (SQLState
 * classes 08, 57P), it is out of connections or resources (53), a lock or statement timed out (55P03, 57014). Answered
 * 503 {@code database-unavailable} with Retry-After rather than 500: the client may retry, and nothing was changed.
 */
public final class DatabaseUnavailable {

    public static final String SLUG = PlatformProblems.DATABASE_UNAVAILABLE.slug();
    /** Seconds a client waits before retrying: about one pool acquisition timeout. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static boolean is(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || named(t, "org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal's pool answers "Sorry, acquisition timeout!" without a SQLState.
            return e.getMessage() != null && e.getMessage().contains("acquisition timeout");
        }
        return state.startsWith("08")
                || state.startsWith("53")
                || state.startsWith("57P")
                || state.equals("55P03")
                || state.equals("57014");
    }

    private static boolean named(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private DatabaseUnavailable() {}
}
