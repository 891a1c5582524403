package org.mentorship.system.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mentorship.launcher.LocalSystem;

/**
 * Each consuming service's inbox seen from outside, over JDBC: a consumer records every event it applies in
 * {@code inbox_message} in the transaction of its effect, so a growing count is "an event was applied", whatever
 * the event and its effect are. Counted rather than read by time, so the figures need no clock of the services.
 */
public final class Inboxes {

    private static final Duration POLL = Duration.ofMillis(100);

    private final LocalSystem system;

    public Inboxes(LocalSystem system) {
        this.system = system;
    }

    /** How many events the service has applied so far. */
    public long applied(String service) {
        try (Connection conn = connect(service);
                Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from inbox_message")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + service + "'s inbox: " + e.getMessage(), e);
        }
    }

    /** How many events of this CloudEvents type the service has applied (any of its consumers). */
    public long applied(String service, String eventType) {
        try (Connection conn = connect(service);
                PreparedStatement st =
                        conn.prepareStatement("select count(*) from inbox_message where event_type = ?")) {
            st.setString(1, eventType);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + service + "'s inbox: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the service has applied more than {@code baseline} events and returns when it was first seen
     * (within 100 ms); fails after {@code timeout}. A database that does not answer yet counts as nothing applied.
     */
    public Instant awaitAppliedMoreThan(String service, long baseline, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                if (applied(service) > baseline) {
                    return Instant.now();
                }
            } catch (IllegalStateException databaseNotBack) {
                // retried below until the deadline
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(service + " applied no event within " + timeout.toSeconds()
                        + " s (inbox still " + baseline + " rows)");
            }
            sleep(POLL);
        }
    }

    /**
     * Holds an EXCLUSIVE lock on {@code inbox_message} of each service's database (reads still pass, so counting
     * works): every consumer that receives an event from now on blocks at its first statement, mid-record, until
     * the lock goes (with the server, when PostgreSQL stops).
     */
    public Locks lockInboxes(Collection<String> services) throws SQLException {
        Locks locks = new Locks();
        for (String service : services) {
            locks.lock(connect(service), "lock table inbox_message in exclusive mode");
        }
        return locks;
    }

    /** How many sessions of the service's database wait for a lock now (its consumers, blocked by a held lock). */
    public long waitingForLocks(String service) {
        try (Connection conn = connect(service);
                PreparedStatement st = conn.prepareStatement(
                        "select count(*) from pg_locks l join pg_database d on d.oid = l.database where not l.granted and d.datname = ?")) {
            st.setString(1, LocalSystem.DATABASES.get(service));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + service + "'s locks: " + e.getMessage(), e);
        }
    }

    Connection connect(String service) throws SQLException {
        String database = LocalSystem.DATABASES.get(service);
        if (database == null) {
            throw new IllegalArgumentException(service + " has no database; known: " + LocalSystem.DATABASES.keySet());
        }
        return DriverManager.getConnection(
                system.jdbcUrl(database), LocalSystem.DATABASE_USER, LocalSystem.DATABASE_PASSWORD);
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Table locks held in open transactions from outside the services; closing rolls them back. */
    public static final class Locks implements AutoCloseable {

        private final List<Connection> connections = new ArrayList<>();

        void lock(Connection conn, String sql) throws SQLException {
            connections.add(conn);
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.execute(sql);
            }
        }

        /** Releases every lock; a connection the server already dropped (it was stopped) is just let go. */
        @Override
        public void close() {
            for (Connection conn : connections) {
                try {
                    conn.rollback();
                } catch (SQLException gone) {
                    // the server ended the session: the lock went with it
                }
                try {
                    conn.close();
                } catch (SQLException gone) {
                    // as above
                }
            }
            connections.clear();
        }
    }
}
