package org.mentorship.system.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.mentorship.launcher.LocalSystem;
import org.mentorship.launcher.Ports;

/** The whole system started as `./mentorship up` starts it, on free ports and in a temporary home. */
public final class RunningSystem implements AutoCloseable {

    public final LocalSystem system;
    private final Path home;
    private final Ports ports;
    private final Path root;
    private final java.util.Map<String, String> environment;

    public RunningSystem() throws Exception {
        this(java.util.Map.of());
    }

    /** With environment variables for every component (e.g. where to export traces). */
    public RunningSystem(java.util.Map<String, String> environment) throws Exception {
        this.environment = java.util.Map.copyOf(environment);
        root = Path.of(System.getProperty("mentorship.root", ".."))
                .toAbsolutePath()
                .normalize();
        home = Files.createTempDirectory("mentorship-system-test");
        ports = Ports.findFree();
        system = only();
        long started = System.nanoTime();
        system.start();
        System.out.printf("System healthy in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    /** The same system, restricted to some components: to stop and restart one of them (an outage). */
    LocalSystem only(String... components) {
        LocalSystem.Builder builder = LocalSystem.builder()
                .repositoryRoot(root)
                .home(home)
                .ports(ports)
                .startTimeout(Duration.ofSeconds(180))
                .environment(environment);
        return components.length == 0
                ? builder.build()
                : builder.components(components).build();
    }

    long count(String database, String sql) throws SQLException {
        return Long.parseLong(text(database, sql));
    }

    String text(String database, String sql) throws SQLException {
        try (Connection conn = DriverManager.getConnection(
                        system.jdbcUrl(database), LocalSystem.DATABASE_USER, LocalSystem.DATABASE_PASSWORD);
                Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    int update(String database, String sql) throws SQLException {
        try (Connection conn = DriverManager.getConnection(
                        system.jdbcUrl(database), LocalSystem.DATABASE_USER, LocalSystem.DATABASE_PASSWORD);
                Statement st = conn.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    @Override
    public void close() {
        system.stop();
        deleteHome();
    }

    /** The temporary home holds a PostgreSQL cluster and Kafka logs (over 100 MB): never leave it behind. */
    private void deleteHome() {
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("Could not delete " + home + ": " + e.getMessage());
        }
    }
}
