package org.mentorship.gateway.proxy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.SignedIn;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ProxyRoutingTest {

    @Test
    void getGoesToTheOwnerWithPathAndQuery() {
        given().get("/api/v1/terms/2026/projects?status=open&page=2")
                .then()
                .statusCode(200)
                .header("X-Upstream", "application")
                .body("service", equalTo("application"))
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/terms/2026/projects"))
                .body("query", equalTo("status=open&page=2"));
    }

    @Test
    void postKeepsBodyAndHeaders() {
        given().contentType("application/json")
                .header("Idempotency-Key", "k-42")
                .body("{\"outcome\":\"PASS\"}")
                .post("/api/v1/mentorships/m-1/evaluations")
                .then()
                .statusCode(200)
                .body("service", equalTo("evaluation"))
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/mentorships/m-1/evaluations"))
                .body("body", equalTo("{\"outcome\":\"PASS\"}"))
                .body("headers.authorization", equalTo("Bearer " + SignedIn.TOKEN))
                .body("headers.idempotency-key", equalTo("k-42"))
                .body("headers.content-type", startsWith("application/json"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-for", notNullValue());
    }

    @Test
    void putAndDeleteKeepTheirMethod() {
        given().contentType("application/json")
                .body("{\"slots\":3}")
                .put("/api/v1/projects/3")
                .then()
                .statusCode(200)
                .body("method", equalTo("PUT"))
                .body("body", equalTo("{\"slots\":3}"));
        given().delete("/api/v1/applications/9")
                .then()
                .statusCode(200)
                .body("method", equalTo("DELETE"))
                .body("query", nullValue());
    }

    @Test
    void theServiceLearnsTheClientHostAndSchemeButNoAddressTheClientMadeUp() {
        given().header("X-Forwarded-For", "203.0.113.66")
                .header("Forwarded", "for=203.0.113.66")
                .header("X-Forwarded-Prefix", "/evil")
                .get("/api/v1/evaluations")
                .then()
                .statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.forwarded", nullValue())
                .body("headers.x-forwarded-prefix", nullValue())
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", startsWith("localhost:"));
    }

    @Test
    void thePrefixItselfIsRouted() {
        given().get("/api/v1/evaluations").then().statusCode(200).body("service", equalTo("evaluation"));
    }

    @Test
    void theServiceSeesThePathTheRouteWasChosenOn() {
        // %2e%2e is "..": the gateway routes on the normalised path and forwards exactly that one.
        given().urlEncodingEnabled(false)
                .get("/api/v1/terms/%2e%2e/mentorships/5")
                .then()
                .statusCode(200)
                .body("service", equalTo("evaluation"))
                .body("path", equalTo("/api/v1/mentorships/5"));
    }

    @Test
    void aServicesOwnErrorPassesThroughUntouched() {
        given().get("/api/v1/terms/missing")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("missing in application"));
    }
}
