package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.mentorship.application.Scenario.COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;

/**
 * Behind the gateway, links the service writes (Location) name the gateway the client called, from the
 * X-Forwarded-* headers the gateway sets; called directly, they name the service itself.
 */
@QuarkusTest
class ForwardedLinksTest {

    @Test
    void locationNamesTheGatewayTheClientCalled() {
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(termBody())
                .header("X-Forwarded-Host", "api.mentorship.example.org")
                .header("X-Forwarded-Proto", "https")
                .post("/api/v1/terms")
                .then()
                .statusCode(201)
                .header(
                        "Location",
                        matchesPattern("https://api\\.mentorship\\.example\\.org/api/v1/terms/[0-9a-f-]{36}"));
    }

    @Test
    void calledDirectlyLocationNamesTheService() {
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(termBody())
                .post("/api/v1/terms")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://localhost:"));
    }

    private static java.util.Map<String, Object> termBody() {
        Instant now = Scenario.now();
        return Scenario.termBody(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 14);
    }
}
