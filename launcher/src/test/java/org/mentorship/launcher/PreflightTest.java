package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `up` refuses before it starts anything. */
class PreflightTest {

    @TempDir
    Path home;

    @Test
    void aTakenPortIsRefusedNamingThePortAndTheComponent() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            Ports ports = Ports.findFree();
            LocalSystem system = TestSystems.builder(home)
                    .ports(new Ports(
                            port,
                            ports.kafka(),
                            ports.kafkaController(),
                            ports.application(),
                            ports.evaluation(),
                            ports.stipend(),
                            ports.certificate(),
                            ports.gateway(),
                            ports.smtp(),
                            ports.mailApi(),
                            ports.webhook()))
                    .components(Components.POSTGRES)
                    .build();

            StartRefusedException refused = assertThrows(StartRefusedException.class, system::start);

            assertTrue(
                    refused.getMessage().contains("port " + port + " needed by postgres is already in use"),
                    refused.getMessage());
            assertFalse(Files.exists(home.resolve("run/postgres.pid")), "nothing was started");
        }
    }

    @Test
    void aServiceThatIsNotBuiltIsRefusedNamingItsJar() {
        Path emptyRepository = home.resolve("repo");
        LocalSystem system = TestSystems.builder(home.resolve("home"))
                .repositoryRoot(emptyRepository)
                .components(Components.GATEWAY)
                .build();

        StartRefusedException refused = assertThrows(StartRefusedException.class, system::start);

        assertTrue(
                refused.getMessage()
                        .contains("gateway: its application is not built: "
                                + emptyRepository
                                        .toAbsolutePath()
                                        .resolve("gateway/target/quarkus-app/quarkus-run.jar")),
                refused.getMessage());
    }
}
