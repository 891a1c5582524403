package org.mentorship.gateway.proxy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.AllServicesUp;
import org.mentorship.gateway.testing.Metrics;

/** The gateway's own series about the services, as dashboards read them from /q/metrics. */
@QuarkusTest
@TestProfile(CircuitBreakerProxyTest.QuickBreaker.class)
@WithTestResource(AllServicesUp.class)
class UpstreamMetricsTest {

    static final String REQUESTS = "gateway_upstream_requests_total";
    static final String CIRCUIT_OPEN = "gateway_upstream_circuit_open";

    @ConfigProperty(name = "mentorship.gateway.services.stipend.url")
    String stipend;

    @Test
    void everyAnswerIsCountedByServiceAndStatus() {
        double ok = Metrics.count(REQUESTS, "upstream=\"evaluation\"", "status=\"200\"");
        double missing = Metrics.count(REQUESTS, "upstream=\"evaluation\"", "status=\"404\"");
        given().get("/api/v1/mentorships/1").then().statusCode(200);
        given().get("/api/v1/mentorships/missing").then().statusCode(404);
        assertEquals(ok + 1, Metrics.count(REQUESTS, "upstream=\"evaluation\"", "status=\"200\""));
        assertEquals(missing + 1, Metrics.count(REQUESTS, "upstream=\"evaluation\"", "status=\"404\""));
    }

    @Test
    void theCircuitGaugeIsOneWhileOpenAndTheLibrarysOwnSeriesAreThere() {
        // Every service's gauge exists from the start.
        assertEquals(0, Metrics.value(CIRCUIT_OPEN, "upstream=\"certificate\""));
        assertEquals(0, Metrics.value(CIRCUIT_OPEN, "upstream=\"stipend\""));
        double unavailable = Metrics.count(REQUESTS, "upstream=\"stipend\"", "status=\"503\"");
        control("/control/failing/true");
        try {
            for (int i = 0; i < 4; i++) { // three of the service's own 503s open it, the fourth is the gateway's
                given().get("/api/v1/stipends").then().statusCode(503);
            }
            assertEquals(1, Metrics.value(CIRCUIT_OPEN, "upstream=\"stipend\""));
            assertEquals(unavailable + 4, Metrics.count(REQUESTS, "upstream=\"stipend\"", "status=\"503\""));
            // SmallRye Fault Tolerance's own series for the same breaker.
            RestAssured.given()
                    .get("/q/metrics")
                    .then()
                    .body(containsString("ft_circuitbreaker_opened_total{method=\"upstream stipend\""));
        } finally {
            control("/control/failing/false");
        }
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    given().get("/api/v1/stipends").then().statusCode(200);
                    assertEquals(0, Metrics.value(CIRCUIT_OPEN, "upstream=\"stipend\""));
                });
    }

    private void control(String path) {
        RestAssured.given().post(stipend + path).then().statusCode(200);
    }
}
