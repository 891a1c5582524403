package org.mentorship.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * What every service answers the same way: health, metrics, its OpenAPI document and problem details for
 * unknown paths. A service's test extends this with {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsTest {

    @Test
    void isLiveAndReadyWithItsDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesPrometheusMetrics() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(
                        containsString("mentorship_outbox_lag_seconds"),
                        containsString("mentorship_outbox_unsent"),
                        containsString("mentorship_outbox_parked"),
                        containsString("mentorship_outbox_leader"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", startsWith("3."));
    }

    @Test
    void unknownPathIsProblemDetails() {
        given().get("/api/v1/does-not-exist")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/not-found"));
    }
}
