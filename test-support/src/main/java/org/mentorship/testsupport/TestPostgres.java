package org.mentorship.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for tests: the embedded server (zonky binaries from Maven Central) started once per test
 * JVM, or an external one when {@code MENTORSHIP_TEST_JDBC_URL} (with {@code _USER} and {@code _PASSWORD}) is set.
 */
public final class TestPostgres {

    private static TestPostgres instance;

    private final EmbeddedPostgres embedded;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    private TestPostgres(EmbeddedPostgres embedded, String jdbcUrl, String user, String password) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "test-postgres-stop"));
        }
        return instance;
    }

    private static TestPostgres start() {
        String external = System.getenv("MENTORSHIP_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return new TestPostgres(null, external, env("MENTORSHIP_TEST_JDBC_USER", "postgres"),
                    env("MENTORSHIP_TEST_JDBC_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return new TestPostgres(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // The JVM is exiting; the server's own shutdown hook stops it too.
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
