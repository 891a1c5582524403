package org.mentorship.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * What the document names as an error answer is what the service's problem catalogue holds: every example type
     * under application/problem+json has its slug in the document's x-problem-types (platform ProblemDocumentation).
     */
    @Test
    void everyProblemTheDocumentNamesIsInItsCatalogue() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        JsonNode catalogue = document.path("x-problem-types");
        assertThat(catalogue.path("not-found").path("status").asInt()).isEqualTo(404);
        Set<String> named = new TreeSet<>();
        for (JsonNode media : document.path("paths").findValues("application/problem+json")) {
            media.path("examples")
                    .forEach(example -> named.add(example.at("/value/type").asText()));
        }
        assertThat(named).isNotEmpty();
        assertThat(named)
                .allSatisfy(type -> assertThat(catalogue.has(type.substring(type.lastIndexOf('/') + 1)))
                        .as(type + " is in x-problem-types")
                        .isTrue());
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
