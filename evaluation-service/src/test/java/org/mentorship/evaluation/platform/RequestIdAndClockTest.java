package org.mentorship.evaluation.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.Tokens;

/** Platform behaviour every service shares, checked once here: request ids and the movable program clock. */
@QuarkusTest
@TestProfile(RequestIdAndClockTest.OwnClock.class)
class RequestIdAndClockTest {

    /** Its own application instance, so moving the clock here never shifts time under other test classes. */
    public static class OwnClock implements QuarkusTestProfile {}

    @Test
    void aRequestIdIsPassedOnOrCreated() {
        given().header("X-Request-Id", "abc-123").get("/q/health/live").then().header("X-Request-Id", "abc-123");
        given().get("/q/health/live").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "bad id\twith spaces")
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aCoordinatorMovesTheProgramClockForwardOnly() {
        String before = given().auth()
                .oauth2(Tokens.coordinator("cora"))
                .get("/api/v1/clock")
                .then()
                .statusCode(200)
                .extract()
                .path("now");
        given().auth()
                .oauth2(Tokens.coordinator("cora"))
                .contentType(ContentType.JSON)
                .body("{\"by\":\"P14D\"}")
                .post("/api/v1/clock/advance")
                .then()
                .statusCode(200)
                .body("offset", matchesPattern("PT(3[3-9]\\d|[4-9]\\d\\d|\\d{4,})H.*"));
        given().auth()
                .oauth2(Tokens.coordinator("cora"))
                .contentType(ContentType.JSON)
                .body("{\"by\":\"-P1D\"}")
                .post("/api/v1/clock/advance")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/clock-backwards"));
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .contentType(ContentType.JSON)
                .body("{\"by\":\"P1D\"}")
                .post("/api/v1/clock/advance")
                .then()
                .statusCode(403);
        org.assertj.core.api.Assertions.assertThat(java.time.Instant.parse(given().auth()
                        .oauth2(Tokens.coordinator("cora"))
                        .get("/api/v1/clock")
                        .then()
                        .extract()
                        .path("now")))
                .isAfter(java.time.Instant.parse(before).plus(java.time.Duration.ofDays(14)));
    }
}
