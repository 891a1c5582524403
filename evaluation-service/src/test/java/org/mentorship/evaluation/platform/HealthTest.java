package org.mentorship.evaluation.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.outbox.OutboxRelay;

/**
 * Readiness covers what the service needs to do its work (database, Kafka, the relay, the consumers); liveness only the
 * process, so an outage of a dependency never has Kubernetes restart a healthy pod. Its own application instance: the
 * test stops its relay.
 */
@QuarkusTest
@TestProfile(HealthTest.OwnRelay.class)
class HealthTest {

    public static class OwnRelay implements QuarkusTestProfile {}

    @Test
    void readinessCoversTheDependenciesAndLivenessOnlyTheProcess() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(
                        "checks.name",
                        hasItems(
                                "Database connections health check",
                                "Kafka connection health check",
                                "SmallRye Reactive Messaging - readiness check",
                                "Outbox relay",
                                "inbox"));
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("checks.name", not(hasItem("SmallRye Reactive Messaging - liveness check")))
                .body("checks.name", not(hasItem("Database connections health check")));
    }

    @Test
    void aStoppedRelayMakesTheServiceUnreadyButNotDead() throws Exception {
        // The relay's thread ends as on shutdown (its stop is the container's, hence package-private).
        var stop = OutboxRelay.class.getDeclaredMethod("stop", ShutdownEvent.class);
        stop.setAccessible(true);
        stop.invoke(
                ClientProxy.unwrap(Arc.container().instance(OutboxRelay.class).get()), new ShutdownEvent());
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503));
        given().get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Outbox relay' }.data.relay", equalTo("dead"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
