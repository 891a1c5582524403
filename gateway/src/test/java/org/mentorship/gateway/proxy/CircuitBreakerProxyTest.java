package org.mentorship.gateway.proxy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.AllServicesUp;
import org.mentorship.gateway.testing.Problems;

@QuarkusTest
@TestProfile(CircuitBreakerProxyTest.QuickBreaker.class)
@WithTestResource(AllServicesUp.class)
class CircuitBreakerProxyTest {

    public static class QuickBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A patient upstream timeout: on a loaded machine the first call may take over the %test second (a 504).
            return Map.of(
                    "mentorship.gateway.breaker.failure-threshold",
                    "3",
                    "mentorship.gateway.breaker.open-duration",
                    "1s",
                    "mentorship.gateway.upstream.timeout",
                    "5s");
        }
    }

    @ConfigProperty(name = "mentorship.gateway.services.stipend.url")
    String stipend;

    @Test
    void opensAfterRepeatedFailuresAnswers503FastWithoutCallingThenRecovers() {
        control("/control/failing/true");
        try {
            for (int i = 0; i < 3; i++) {
                // The service's own 503 passes through while the circuit is still closed.
                given().get("/api/v1/stipends").then().statusCode(503).body("detail", equalTo("stipend is overloaded"));
            }
            int callsWhenOpened = calls();
            var refused = given().get("/api/v1/stipends").then();
            Problems.assertProblem(refused, 503, "upstream-circuit-open");
            refused.header("Retry-After", equalTo("1"))
                    .time(lessThan(2_000L)); // at once, not after an upstream timeout
            // The gateway answered by itself; the service did not see the request. Other services are not affected.
            assertEquals(callsWhenOpened, calls());
            given().get("/api/v1/mentorships/1").then().statusCode(200);
        } finally {
            control("/control/failing/false");
        }
        // After the open period one trial goes through; it succeeds and the circuit closes.
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() ->
                        given().get("/api/v1/stipends").then().statusCode(200).body("service", equalTo("stipend")));
        given().get("/api/v1/stipends").then().statusCode(200);
    }

    private void control(String path) {
        RestAssured.given().post(stipend + path).then().statusCode(200);
    }

    private int calls() {
        return Integer.parseInt(
                RestAssured.given().get(stipend + "/control/calls").asString());
    }
}
