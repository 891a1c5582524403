package org.mentorship.launcher;

import java.nio.file.Path;

/**
 * Where the local run keeps its files. Everything lives under one home ({@code <repo>/.mentorship} by default,
 * git-ignored) so {@code rm -rf .mentorship} is a full reset, and a test's temporary home never touches a
 * developer's data. The PostgreSQL binaries go to a tools directory that tests can share to unpack them once.
 *
 * @param repositoryRoot the Maven project root: the services' jars and the Kafka jars are found under it
 * @param home           logs/, run/ (pid files), data/, conf/
 * @param tools          unpacked PostgreSQL binaries
 */
public record Layout(Path repositoryRoot, Path home, Path tools) {

    public Layout {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        tools = tools.toAbsolutePath().normalize();
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path run() {
        return home.resolve("run");
    }

    public Path data() {
        return home.resolve("data");
    }

    public Path conf() {
        return home.resolve("conf");
    }

    public Path logFile(String component) {
        return logs().resolve(component + ".log");
    }

    public Path pidFile(String component) {
        return run().resolve(component + ".pid");
    }

    public Path dataDir(String component) {
        return data().resolve(component);
    }

    public Path confDir(String component) {
        return conf().resolve(component);
    }

    /** The Kafka broker's class path, copied there by the launcher module's build (never on the launcher's own). */
    public Path kafkaLibs() {
        return repositoryRoot.resolve("launcher").resolve("target").resolve("kafka-libs");
    }

    /** The mail server's class path (GreenMail standalone), copied there by the launcher module's build. */
    public Path smtpLibs() {
        return repositoryRoot.resolve("launcher").resolve("target").resolve("smtp-libs");
    }

    /** A service module's Quarkus fast-jar entry point. */
    public Path serviceJar(String module) {
        return repositoryRoot
                .resolve(module)
                .resolve("target")
                .resolve("quarkus-app")
                .resolve("quarkus-run.jar");
    }
}
