package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real PostgreSQL started detached in a temporary home, as root or not. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PostgresServerTest {

    @TempDir
    Path home;

    private LocalSystem system;

    @AfterEach
    void stopEverything() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void servesTheServicesDatabasesStopsCleanlyAndKeepsItsData() throws Exception {
        system = TestSystems.builder(home).components(Components.POSTGRES).build();
        system.start();

        ComponentStatus status = system.status().get(0);
        assertEquals(ComponentStatus.State.HEALTHY, status.state());
        long pid = status.pid().orElseThrow();
        assertTrue(Files.isRegularFile(home.resolve("run/postgres.pid")));

        for (String database : LocalSystem.DATABASES.values()) {
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT current_user, current_database(), "
                            + "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())")) {
                assertTrue(result.next());
                assertEquals("mentorship", result.getString(1));
                assertEquals(database, result.getString(2));
                assertEquals("mentorship", result.getString(3), "the service's role owns its database");
            }
        }
        try (Connection connection = connect("stipend");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id int PRIMARY KEY, note text)");
            statement.execute("INSERT INTO kept VALUES (1, 'survives a restart')");
        }

        List<StopReport> reports = system.stop();
        assertEquals(StopOutcome.STOPPED, reports.get(0).outcome());
        assertFalse(ProcessTable.isAlive(pid), "no postgres process left");
        assertFalse(Files.exists(home.resolve("run/postgres.pid")));
        assertTrue(Net.isFree(system.ports().postgres()));
        assertEquals(ComponentStatus.State.STOPPED, system.status().get(0).state());

        system.start();
        try (Connection connection = connect("stipend");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT note FROM kept WHERE id = 1")) {
            assertTrue(result.next(), "data survives stop and start");
            assertEquals("survives a restart", result.getString(1));
        }
    }

    @Test
    void refusesToStartWhatIsAlreadyRunning() {
        system = TestSystems.builder(home).components(Components.POSTGRES).build();
        system.start();
        long pid = system.status().get(0).pid().orElseThrow();

        LocalSystem second = TestSystems.builder(home)
                .ports(system.ports())
                .components(Components.POSTGRES)
                .build();
        StartRefusedException refused = assertThrows(StartRefusedException.class, second::start);
        assertTrue(refused.getMessage().contains("already running: postgres (pid " + pid + ")"), refused.getMessage());
        assertTrue(ProcessTable.isAlive(pid), "the running server is left alone");
    }

    @Test
    void rollsBackWhenALaterComponentFails() throws Exception {
        // A repository whose application-service "jar" is not a jar: java exits at once.
        Path root = home.resolve("repo");
        Path jar = root.resolve("application-service/target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "not a jar");
        List<StopReport> stopped = new ArrayList<>();
        system = TestSystems.builder(home.resolve("home"))
                .repositoryRoot(root)
                .components(Components.POSTGRES, Components.APPLICATION)
                .listener(new LaunchListener() {
                    @Override
                    public void stopped(StopReport report) {
                        stopped.add(report);
                    }
                })
                .build();

        LaunchException failure = assertThrows(LaunchException.class, system::start);

        assertEquals(Components.APPLICATION, failure.component().orElseThrow());
        assertTrue(failure.getMessage().contains("exited with code"), failure.getMessage());
        assertEquals(system.logFile("application"), failure.logFile().orElseThrow());
        assertTrue(failure.logTail(5).contains("jar"), "the log tells why: " + failure.logTail(5));
        assertEquals(
                List.of(Components.APPLICATION, Components.POSTGRES),
                stopped.stream().map(StopReport::component).toList(),
                "everything started is stopped, last first");
        long postgresPid = stopped.get(1).pid().orElseThrow();
        assertFalse(ProcessTable.isAlive(postgresPid));
        assertTrue(system.status().stream().allMatch(s -> s.state() == ComponentStatus.State.STOPPED));
    }

    private Connection connect(String database) throws SQLException {
        assertEquals(
                "jdbc:postgresql://localhost:" + system.ports().postgres() + "/" + database, system.jdbcUrl(database));
        return PostgresSetup.connect(
                system.ports().postgres(), database, LocalSystem.DATABASE_USER, LocalSystem.DATABASE_PASSWORD);
    }
}
