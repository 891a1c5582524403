package org.mentorship.platform.inbox;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalPropertiesReader;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.exception.internal.SQLStateConversionDelegate;
import org.hibernate.exception.internal.StandardSQLExceptionConverter;
import org.mentorship.testsupport.TestPostgres;

/**
 * Failures as the real stack throws them, produced for real against the test PostgreSQL: an exhausted Agroal pool,
 * timeouts set with SET, a row lock held by another session, a read-only transaction, a hung server, a Narayana
 * transaction timeout. Each returns what was thrown, wrapped as Hibernate wraps it where Hibernate would be in between.
 */
public final class RealFailures {

    private static final TestPostgres PG = TestPostgres.get();

    /** What Hibernate makes of a JDBC failure on PostgreSQL (its dialect's conversion, as in a service). */
    public static RuntimeException asHibernate(SQLException e) {
        PostgreSQLDialect dialect = new PostgreSQLDialect();
        return new StandardSQLExceptionConverter(
                        dialect.buildSQLExceptionConversionDelegate(),
                        new SQLStateConversionDelegate(dialect::getViolatedConstraintNameExtractor))
                .convert(e, "test", "sql");
    }

    /** Agroal's pool of one, held by one caller, asked for a second connection. */
    public static SQLException poolExhausted() throws SQLException {
        java.util.Map<String, String> props = new java.util.HashMap<>();
        props.put(AgroalPropertiesReader.MAX_SIZE, "1");
        props.put(AgroalPropertiesReader.ACQUISITION_TIMEOUT_MS, "200");
        props.put(AgroalPropertiesReader.JDBC_URL, PG.jdbcUrl());
        props.put(AgroalPropertiesReader.PRINCIPAL, PG.user());
        props.put(AgroalPropertiesReader.CREDENTIAL, PG.password());
        try (AgroalDataSource pool = AgroalDataSource.from(new AgroalPropertiesReader().readProperties(props));
                Connection held = pool.getConnection()) {
            try (Connection second = pool.getConnection()) {
                throw new AssertionError("A pool of one gave a second connection");
            } catch (SQLException e) {
                return e;
            }
        }
    }

    public static SQLException statementTimeout() throws SQLException {
        try (Connection c = PG.connect();
                Statement st = c.createStatement()) {
            st.execute("set statement_timeout = 100");
            st.execute("select pg_sleep(5)");
            throw new AssertionError("pg_sleep(5) finished under a 100 ms statement timeout");
        } catch (SQLException e) {
            return e;
        }
    }

    /** Another session holds the row's lock; this one waits at most 100 ms for it. */
    public static SQLException lockTimeout() throws SQLException {
        String table = table("locked");
        try (Connection holder = PG.connect();
                Connection waiter = PG.connect();
                Statement h = holder.createStatement();
                Statement w = waiter.createStatement()) {
            h.execute("create table " + table + " (id int primary key)");
            h.execute("insert into " + table + " values (1)");
            holder.setAutoCommit(false);
            h.execute("select * from " + table + " where id = 1 for update");
            w.execute("set lock_timeout = 100");
            try {
                w.execute("select * from " + table + " where id = 1 for update");
                throw new AssertionError("Took a row lock another session holds");
            } catch (SQLException e) {
                return e;
            } finally {
                holder.rollback();
                holder.setAutoCommit(true);
                h.execute("drop table " + table);
            }
        }
    }

    public static SQLException readOnly() throws SQLException {
        String table = table("ro");
        try (Connection c = PG.connect();
                Statement st = c.createStatement()) {
            st.execute("create table " + table + " (id int)");
            c.setAutoCommit(false);
            st.execute("set transaction read only");
            try {
                st.execute("insert into " + table + " values (1)");
                throw new AssertionError("Wrote in a read-only transaction");
            } catch (SQLException e) {
                return e;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                st.execute("drop table " + table);
            }
        }
    }

    /** A port nothing listens on (a database that is down). */
    public static SQLException connectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/x", "x", "x")) {
            throw new AssertionError("Connected to a closed port");
        } catch (SQLException e) {
            return e;
        }
    }

    /** A server that accepts the connection and never answers (a failover in progress, a hung host). */
    public static SQLException hungConnect() throws IOException {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    accepted.add(server.accept());
                } catch (IOException ignored) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + server.getLocalPort()
                            + "/x?connectTimeout=1&socketTimeout=1&loginTimeout=1",
                    "x",
                    "x")) {
                throw new AssertionError("Connected to a server that never answers");
            } catch (SQLException e) {
                return e;
            }
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    /** A JTA transaction (Narayana, as in the services) outliving its 1 s timeout, then committed. */
    public static Exception transactionTimeout() throws Exception {
        System.setProperty("ObjectStoreEnvironmentBean.objectStoreDir", "target/narayana-object-store");
        TransactionManager tm = com.arjuna.ats.jta.TransactionManager.transactionManager();
        tm.setTransactionTimeout(1);
        tm.begin();
        Thread.sleep(1_600);
        try {
            tm.commit();
            throw new AssertionError("A transaction past its timeout committed");
        } catch (Exception e) {
            return e;
        } finally {
            tm.setTransactionTimeout(0);
        }
    }

    public static SQLException failing(String sql) throws SQLException {
        try (Connection c = PG.connect();
                Statement st = c.createStatement()) {
            st.execute(sql);
            throw new AssertionError("Did not fail: " + sql);
        } catch (SQLException e) {
            return e;
        }
    }

    /** Runs {@code setup} then {@code sql} as a role without any grant on what it touches. */
    public static SQLException withoutGrant() throws SQLException {
        String table = table("secret");
        String role = table + "_reader";
        try (Connection c = PG.connect();
                Statement st = c.createStatement()) {
            st.execute("create table " + table + " (id int)");
            st.execute("create role " + role);
            try {
                c.setAutoCommit(false);
                st.execute("set local role " + role);
                st.execute("select * from " + table);
                throw new AssertionError("Read a table without a grant");
            } catch (SQLException e) {
                return e;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                st.execute("drop table " + table);
                st.execute("drop role " + role);
            }
        }
    }

    private static String table(String what) {
        return "failure_" + what + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private RealFailures() {}
}
