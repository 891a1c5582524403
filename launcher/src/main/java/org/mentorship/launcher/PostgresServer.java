package org.mentorship.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server (the zonky build, see {@link PostgresBinaries}) as its own process, data in
 * {@code data/postgres}. The server is started with {@code postgres} itself rather than {@code pg_ctl start},
 * so the pid we hold is the postmaster's and its log is simply its stderr. Listening on localhost only, TCP only
 * (no Unix socket: its path would depend on the home's length and clash between homes).
 */
final class PostgresServer implements Component {

    private final Layout layout;
    private final int port;
    private final String role;
    private final String password;
    private final List<String> databases;
    private List<String> prefix = List.of();
    private Path binaries;

    PostgresServer(Layout layout, int port, String role, String password, List<String> databases) {
        this.layout = layout;
        this.port = port;
        this.role = role;
        this.password = password;
        this.databases = List.copyOf(databases);
    }

    @Override
    public String name() {
        return Components.POSTGRES;
    }

    @Override
    public int stage() {
        return 0;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<Integer> ports() {
        return List.of(port);
    }

    @Override
    public void checkPrerequisites() {
        if (PostgresBinaries.class.getClassLoader().getResource(PostgresBinaries.resourceName()) == null) {
            throw new LaunchException(
                    name(),
                    "no PostgreSQL binaries for this system on the class path (" + PostgresBinaries.resourceName()
                            + ")",
                    null,
                    null);
        }
        prefix = NonRootPrefix.forPostgres();
    }

    @Override
    public void prepare(Readiness readiness) throws Exception {
        binaries = PostgresBinaries.ensure(layout.tools());
        Path data = dataDir();
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            initdb(data, readiness);
        }
    }

    /** A new cluster: superuser with a password, password (SCRAM) authentication, UTF-8, no locale dependence. */
    private void initdb(Path data, Readiness readiness) throws IOException, InterruptedException {
        // No PG_VERSION means no cluster: whatever an interrupted initdb left would make the next one refuse.
        Directories.deleteTree(data);
        Files.createDirectories(data.getParent());
        Path passwordFile = Files.createTempFile(layout.home(), "pg-password", ".txt");
        try {
            Files.writeString(passwordFile, PostgresSetup.SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(
                    binaries.resolve("bin").resolve("initdb").toString(),
                    "-D",
                    data.toString(),
                    "-U",
                    PostgresSetup.SUPERUSER,
                    "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256",
                    "-E",
                    "UTF8",
                    "--no-locale"));
            Path log = layout.logFile(name());
            int exit = ProcessStarter.runToCompletion(command, log, readiness.remaining());
            if (exit != 0) {
                Directories.deleteTree(data);
                throw readiness.fail("initdb failed with exit code " + exit, null);
            }
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    @Override
    public ProcessSpec process() {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(
                binaries.resolve("bin").resolve("postgres").toString(),
                "-D",
                dataDir().toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=localhost",
                "-c",
                "unix_socket_directories=",
                // Five pools of up to 20 connections each plus tools and tests.
                "-c",
                "max_connections=200"));
        // LC_ALL=C: the server's messages in the log stay English whatever the developer's locale.
        return new ProcessSpec(command, Map.of("LC_ALL", "C"), layout.data());
    }

    @Override
    public List<String> identity() {
        // Not the port: a changed MENTORSHIP_PG_PORT must not make `down` lose track of the running server.
        return List.of("postgres", "-D " + dataDir() + " -p");
    }

    @Override
    public StopSignal stopSignal() {
        return StopSignal.INT;
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public void awaitReady(Readiness readiness) {
        readiness.await("port " + port + " to accept connections", () -> Net.isListening(port));
        readiness.await("a SQL query to answer", () -> PostgresSetup.ping(port));
    }

    @Override
    public void afterReady() throws Exception {
        PostgresSetup.ensure(port, role, password, databases);
    }

    @Override
    public boolean isHealthy() {
        return PostgresSetup.ping(port);
    }

    private Path dataDir() {
        return layout.dataDir(name());
    }
}
