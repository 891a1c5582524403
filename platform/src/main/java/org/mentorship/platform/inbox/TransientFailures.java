package org.mentorship.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a passing failure (the database is restarting, a deadlock, a serialization conflict) from one that will
 * recur. A consumer keeps retrying the first kind, holding its place in the partition, because dead-lettering a
 * valid event during a database restart would lose it; only the second kind is dead-lettered.
 */
final class TransientFailures {

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || t.getClass().getName().equals("org.hibernate.exception.LockAcquisitionException")) {
                return true;
            }
        }
        return false;
    }

    /** 08: connection exceptions; 40: transaction rollback (serialization, deadlock); 57P: server shutting down. */
    private static boolean isTransientState(String state) {
        return state.startsWith("08") || state.startsWith("40") || state.startsWith("57P") || state.equals("53300");
    }

    private TransientFailures() {
    }
}
