package org.mentorship.system.story;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.mentorship.launcher.ClockReading;
import org.mentorship.launcher.LocalSystem;
import org.mentorship.launcher.Ports;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The system the story runs against: started here on free ports in a temporary home, or (with
 * -Dmentorship.story.external=true) the one `./mentorship up` already runs, on its default ports and home.
 */
final class StorySystem implements AutoCloseable {

    final LocalSystem system;
    final boolean external;
    private Path home;
    /** Set by {@link #checkContract()}: every request through the gateway is then checked against its document. */
    private ContractCheck contract;

    StorySystem() throws Exception {
        external = Boolean.getBoolean("mentorship.story.external");
        Path root = Path.of(System.getProperty("mentorship.root", "..")).toAbsolutePath().normalize();
        if (external) {
            system = LocalSystem.builder().repositoryRoot(root).fromEnvironment(System.getenv()).build();
            return;
        }
        home = Files.createTempDirectory("mentorship-story");
        system = LocalSystem.builder().repositoryRoot(root).home(home)
                .ports(Ports.findFree()).startTimeout(Duration.ofSeconds(180)).build();
        long started = System.nanoTime();
        system.start();
        Steps.log("System healthy in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** From now on every request through the gateway, and its answer, is checked against the merged document. */
    ContractCheck checkContract() {
        contract = new ContractCheck(given().baseUri(system.gatewayUrl()).get("/openapi").then().statusCode(200)
                .extract().asString());
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
        return system.clock().stream().filter(r -> r.service().startsWith("application")).map(ClockReading::now)
                .findFirst().orElseThrow();
    }

    void advance(Duration by) {
        system.advanceClock(by);
        Steps.log("Program clock moved %s: now %s", by, now());
    }

    @Override
    public void close() {
        if (!external) {
            system.stop();
            deleteHome();
        }
    }

    /** The temporary home (databases, Kafka log, keys: about 140 MB) goes with the system started here. */
    private void deleteHome() {
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            Steps.log("Could not delete %s: %s", home, e);
        }
    }
}
