package org.mentorship.gateway.proxy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mentorship.gateway.testing.Metrics;
import org.mentorship.gateway.testing.Problems;
import org.mentorship.gateway.testing.SignedIn;
import org.mentorship.gateway.testing.SlowUpstream;

/**
 * Clients that hang up with requests in flight (a closed tab, a load test ending) are not the service's failures:
 * they must not open its circuit for everyone else. A service that really fails still opens it.
 */
@QuarkusTest
@TestProfile(ClientAbortTest.ProductionBreaker.class)
@WithTestResource(SlowUpstream.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientAbortTest {

    static final int ABORTED = 100;
    static final String APPLICATION = "upstream=\"application\"";

    /** The production threshold (5 in a row), a short open period, and patience for the slow calls. */
    public static class ProductionBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mentorship.gateway.breaker.failure-threshold",
                    "5",
                    "mentorship.gateway.breaker.open-duration",
                    "2s",
                    "mentorship.gateway.upstream.timeout",
                    "10s",
                    "mentorship.gateway.upstream.max-connections",
                    "300");
        }
    }

    @ConfigProperty(name = "mentorship.gateway.services.application.url")
    String upstream;

    @Test
    @Order(1)
    void hundredClientHangUpsLeaveTheCircuitClosedForEveryoneElse() throws IOException {
        double abortedBefore =
                Metrics.count("gateway_upstream_requests_total", APPLICATION, "status=\"client_aborted\"");
        int receivedBefore = counter("received");
        int goneBefore = counter("gone");
        List<Socket> clients = new ArrayList<>();
        for (int i = 0; i < ABORTED; i++) {
            Socket socket = new Socket("localhost", RestAssured.port);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/applications/slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + SignedIn.TOKEN + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            clients.add(socket);
        }
        // Every request is in flight at the service before its client hangs up.
        await().atMost(Duration.ofSeconds(10)).until(() -> counter("received") >= receivedBefore + ABORTED);
        for (int i = 0; i < clients.size(); i++) {
            Socket socket = clients.get(i);
            if (i % 2 == 0) {
                socket.setSoLinger(true, 0); // half reset the connection (RST), half close it (FIN)
            }
            socket.close();
        }
        // The gateway has given up on each of them (it closed its connection to the service).
        await().atMost(Duration.ofSeconds(10)).until(() -> counter("gone") >= goneBefore + ABORTED);

        int unavailable = 0;
        for (int i = 0; i < 50; i++) {
            int status = given().get("/api/v1/applications/7").statusCode();
            if (status == 503) {
                unavailable++;
            }
        }
        assertEquals(0, unavailable, "503s for normal traffic after " + ABORTED + " client hang-ups");
        // Counted apart, and every in-flight place they took is free again.
        assertEquals(
                abortedBefore + ABORTED,
                Metrics.count("gateway_upstream_requests_total", APPLICATION, "status=\"client_aborted\""));
        assertEquals(0, Metrics.value("gateway_upstream_circuit_open", APPLICATION));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Metrics.value("gateway_upstream_in_flight", APPLICATION) == 0);
    }

    @Test
    @Order(2)
    void aServiceThatReallyFailsStillOpensItsCircuit() {
        control("/control/failing/true");
        try {
            for (int i = 0; i < 5; i++) {
                given().get("/api/v1/applications/7").then().statusCode(503).body("detail", equalTo("overloaded"));
            }
            var refused = given().get("/api/v1/applications/7").then();
            Problems.assertProblem(refused, 503, "upstream-circuit-open");
            refused.header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        } finally {
            control("/control/failing/false");
        }
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(
                        () -> given().get("/api/v1/applications/7").then().statusCode(200));
    }

    private void control(String path) {
        RestAssured.given().post(upstream + path).then().statusCode(200);
    }

    private int counter(String name) {
        return Integer.parseInt(
                RestAssured.given().get(upstream + "/control/" + name).asString());
    }
}
