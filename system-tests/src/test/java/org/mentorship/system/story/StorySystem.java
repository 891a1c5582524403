package org.mentorship.system.story;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.mentorship.launcher.ClockReading;
import org.mentorship.launcher.LocalSystem;
import org.mentorship.launcher.Ports;
import org.mentorship.system.flow.SharedSystem;

/**
 * The system a story runs against: the ITs' {@link SharedSystem} ({@link #shared()}), one started here on free ports
 * in a temporary home for this test alone ({@link #own()}), or (with -Dmentorship.story.external=true) the one
 * `./mentorship up` already runs, on its default ports and home.
 */
final class StorySystem implements AutoCloseable {

    final LocalSystem system;
    final boolean external;
    /** The temporary home of a system started for one test alone (stopped and deleted on close); else null. */
    private final Path ownHome;
    /** Set by {@link #checkContract()}: every request through the gateway is then checked against its document. */
    private ContractCheck contract;

    private StorySystem(LocalSystem system, boolean external, Path ownHome) {
        this.system = system;
        this.external = external;
        this.ownHome = ownHome;
    }

    /** The external system with -Dmentorship.story.external=true, else the shared one (its owner stops it). */
    static StorySystem shared() throws Exception {
        if (Boolean.getBoolean("mentorship.story.external")) {
            return new StorySystem(
                    LocalSystem.builder()
                            .repositoryRoot(root())
                            .fromEnvironment(System.getenv())
                            .build(),
                    true,
                    null);
        }
        return new StorySystem(SharedSystem.acquire().system, false, null);
    }

    /** A whole system for this test alone: for a test that kills and stops its parts. */
    static StorySystem own() throws Exception {
        Path home = Files.createTempDirectory("mentorship-story");
        LocalSystem system = LocalSystem.builder()
                .repositoryRoot(root())
                .home(home)
                .ports(Ports.findFree())
                .startTimeout(Duration.ofSeconds(180))
                .build();
        long started = System.nanoTime();
        system.start();
        Steps.log("System healthy in %d ms", (System.nanoTime() - started) / 1_000_000);
        return new StorySystem(system, false, home);
    }

    private static Path root() {
        return Path.of(System.getProperty("mentorship.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** From now on every request through the gateway, and its answer, is checked against the merged document. */
    ContractCheck checkContract() {
        contract = new ContractCheck(given().baseUri(system.gatewayUrl())
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        return contract;
    }

    /** A request through the gateway with the given token, JSON in and out. */
    RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A request through the gateway without any token. */
    RequestSpecification anonymous() {
        RequestSpecification request = given().baseUri(system.gatewayUrl());
        return contract == null ? request : request.filter(contract);
    }

    /** The application service's program time (every service is moved together). */
    Instant now() {
        return system.clock().stream()
                .filter(r -> r.service().startsWith("application"))
                .map(ClockReading::now)
                .findFirst()
                .orElseThrow();
    }

    void advance(Duration by) {
        system.advanceClock(by);
        Steps.log("Program clock moved %s: now %s", by, now());
    }

    /** Stops only a system started for this test alone: the shared one and an external one have their owners. */
    @Override
    public void close() {
        if (ownHome != null) {
            system.stop();
            deleteHome();
        }
    }

    /** The temporary home (databases, Kafka log, keys: about 140 MB) goes with the system started here. */
    private void deleteHome() {
        try (var paths = Files.walk(ownHome)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            Steps.log("Could not delete %s: %s", ownHome, e);
        }
    }
}
