package org.mentorship.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.mentorship.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bad input gets problem details with a stable type and changes nothing. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String MENTOR = Tokens.mentor("mia");
    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://mentorship.example.org/problems/";

    @Test
    void unknownPathIs404() {
        given().auth().oauth2(MENTOR).get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found")).body("status", equalTo(404));
        given().auth().oauth2(MENTOR).get("/nothing/here").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void unknownEvaluationIs404() {
        given().auth().oauth2(MENTOR).get("/api/v1/evaluations/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void malformedJsonIs400WithoutStackTrace() {
        given().auth().oauth2(MENTOR).contentType(ContentType.JSON).body("{\"mentorshipId\": ").post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-request"))
                .body(not(containsString("at org.")));
    }

    @Test
    void wrongContentTypeIs415() {
        given().auth().oauth2(MENTOR).contentType(ContentType.TEXT).body("hello").post("/api/v1/evaluations")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unsupported-media-type"));
    }

    @Test
    void serverOwnedFieldIsRefused() {
        given().auth().oauth2(MENTOR).contentType(ContentType.JSON)
                .body("{\"id\":\"" + UUID.randomUUID() + "\",\"mentorshipId\":\"" + UUID.randomUUID()
                        + "\",\"number\":1,\"total\":3,\"outcome\":\"PASS\"}")
                .post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unknown-field"));
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(MENTOR).contentType(ContentType.JSON).body("{\"number\":9,\"total\":3,\"outcome\":\"PASS\"}")
                .post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("errors.field", hasItem("mentorshipId"))
                .body("errors.field", hasItem("number"));
    }

    @Test
    void wrongEnumValueIs400() {
        given().auth().oauth2(MENTOR).contentType(ContentType.JSON)
                .body("{\"mentorshipId\":\"" + UUID.randomUUID() + "\",\"number\":1,\"total\":3,\"outcome\":\"MAYBE\"}")
                .post("/api/v1/evaluations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-request"));
    }
}
