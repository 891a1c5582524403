package org.mentorship.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.Tokens;

/** The service checks the token itself: reached directly, it is as strict as behind the gateway. */
@QuarkusTest
class AccessTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    @Test
    void noTokenIs401ProblemWithAChallenge() {
        given().get("/api/v1/evaluations/" + UUID.randomUUID())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(TYPES + "unauthenticated"));
    }

    @Test
    void aTokenSignedByAnUntrustedKeyIs401() {
        given().auth()
                .oauth2(Tokens.forged("mia", "mentor"))
                .get("/api/v1/evaluations/" + UUID.randomUUID())
                .then()
                .statusCode(401)
                .body("type", equalTo(TYPES + "unauthenticated"));
    }

    @Test
    void aMenteeCannotSubmitAnEvaluation() {
        given().auth()
                .oauth2(Tokens.mentee("alice"))
                .contentType(ContentType.JSON)
                .body(org.mentorship.evaluation.support.Program.submission("PASS", null))
                .post("/api/v1/mentorships/" + UUID.randomUUID() + "/evaluations/1")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "forbidden"));
    }
}
