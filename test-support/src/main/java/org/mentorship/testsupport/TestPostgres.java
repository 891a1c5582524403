package org.mentorship.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

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
    private java.nio.file.Path dataDirectory;

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
            return new TestPostgres(
                    null,
                    external,
                    env("MENTORSHIP_TEST_JDBC_USER", "postgres"),
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

    /** Whether {@link #stopServer()} can stop this server: only the embedded one is this JVM's to stop. */
    public boolean stoppable() {
        return embedded != null;
    }

    /**
     * Stops the embedded server as an outage does (fast shutdown: every session is cut, new connections are refused),
     * keeping its data and port for {@link #startServer()}.
     */
    public synchronized void stopServer() {
        if (embedded == null) {
            throw new IllegalStateException(
                    "An external PostgreSQL (MENTORSHIP_TEST_JDBC_URL) is not this JVM's to stop");
        }
        if (dataDirectory == null) {
            try (Connection c = connect();
                    java.sql.Statement st = c.createStatement();
                    java.sql.ResultSet rs = st.executeQuery("show data_directory")) {
                rs.next();
                dataDirectory = java.nio.file.Path.of(rs.getString(1));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot find the embedded server's data directory", e);
            }
        }
        // SIGINT is PostgreSQL's fast shutdown, as pg_ctl -m fast sends it (pg_ctl itself refuses to run as root).
        long pid;
        try {
            pid = Long.parseLong(java.nio.file.Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read postmaster.pid", e);
        }
        run(List.of("kill", "-INT", Long.toString(pid)));
        ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
        if (postmaster != null) {
            try {
                postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL did not stop within 60 s", e);
            }
        }
    }

    /** Starts the server {@link #stopServer()} stopped, with the same command line; returns once it takes connections. */
    public synchronized void startServer() {
        if (dataDirectory == null) {
            throw new IllegalStateException("The server was not stopped by stopServer()");
        }
        try {
            List<String> command = new java.util.ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // As zonky starts it: PostgreSQL refuses to run as root, but runs in a user namespace of its own.
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(postmasterCommand());
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory
                            .resolveSibling(dataDirectory.getFileName() + "-restarts.log")
                            .toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL again", e);
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection c = connect()) {
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not come back within 60 s", notYet);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The postmaster's own record of how it was started: the binary, then its arguments, each in double quotes. */
    private List<String> postmasterCommand() {
        try {
            String opts = java.nio.file.Files.readString(dataDirectory.resolve("postmaster.opts"))
                    .trim();
            List<String> command = new java.util.ArrayList<>();
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts);
            while (m.find()) {
                command.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            return command;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read postmaster.opts", e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
