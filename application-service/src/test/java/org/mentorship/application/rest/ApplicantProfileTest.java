package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class ApplicantProfileTest {

    private static Map<String, Object> body(String user) {
        return new HashMap<>(Map.of(
                "name",
                "Ann Example",
                "email",
                user + "@example.org",
                "phone",
                "+44 20 7946 0000",
                "preferredContact",
                "PHONE",
                "timeZone",
                "Europe/London",
                "country",
                "GB"));
    }

    @Test
    void theSignedInPersonCreatesReadsAndUpdatesTheirProfile() {
        String user = Scenario.unique("ann");
        String token = Tokens.mentee(user);
        given().auth()
                .oauth2(token)
                .get("/api/v1/applicants/me")
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "profile-missing"));
        var body = body(user);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(200)
                .body("userId", equalTo(user))
                .body("preferredContact", equalTo("PHONE"));
        body.put("version", 0);
        body.put("timeZone", "America/New_York");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("version", equalTo(1));
        given().auth()
                .oauth2(token)
                .get("/api/v1/applicants/me")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/New_York"));
    }

    @Test
    void phonePreferenceNeedsANumber() {
        String user = Scenario.unique("ann");
        var body = body(user);
        body.remove("phone");
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "phone-required"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applicants/me")
                .then()
                .statusCode(404);
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        String user = Scenario.unique("ann");
        var body = body(user);
        body.put("timeZone", "Mars/Olympus");
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-time-zone"));
    }

    @Test
    void aStaleOrMissingVersionDoesNotOverwrite() {
        String user = Scenario.unique("ann");
        String token = Tokens.mentee(user);
        var body = body(user);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(200);
        body.put("name", "Someone Else");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "stale-write"));
        body.put("version", 7);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(409);
        given().auth().oauth2(token).get("/api/v1/applicants/me").then().body("name", equalTo("Ann Example"));
    }

    @Test
    void serverOwnedFieldsAreRefused() {
        String user = Scenario.unique("ann");
        var body = body(user);
        body.put("userId", "someone-else");
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "unknown-field"));
    }
}
