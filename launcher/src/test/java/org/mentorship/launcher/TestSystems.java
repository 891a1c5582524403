package org.mentorship.launcher;

import java.nio.file.Path;
import java.time.Duration;

/** The tests' LocalSystem: a temporary home, free ports, and one shared unpack of the PostgreSQL binaries. */
final class TestSystems {

    private TestSystems() {}

    static LocalSystem.Builder builder(Path home) {
        return LocalSystem.builder()
                .repositoryRoot(repositoryRoot())
                .home(home)
                .tools(Path.of(System.getProperty("mentorship.test.tools", "target/test-tools")))
                .ports(Ports.findFree())
                .startTimeout(Duration.ofSeconds(90));
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("mentorship.root", ".."))
                .toAbsolutePath()
                .normalize();
    }
}
