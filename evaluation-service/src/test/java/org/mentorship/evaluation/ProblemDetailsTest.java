package org.mentorship.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** Bad input gets problem details with a stable type and changes nothing. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String MENTOR = Tokens.mentor("mia");
    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://mentorship.example.org/problems/";

    private static String submitPath() {
        return "/api/v1/mentorships/" + UUID.randomUUID() + "/evaluations/1";
    }

    @Test
    void unknownPathIs404() {
        given().auth()
                .oauth2(MENTOR)
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"))
                .body("status", equalTo(404));
        given().auth()
                .oauth2(MENTOR)
                .get("/nothing/here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void unknownMentorshipAndEvaluationAre404() {
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/mentorships/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
        given().auth()
                .oauth2(MENTOR)
                .get("/api/v1/evaluations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
        given().auth()
                .oauth2(MENTOR)
                .contentType(ContentType.JSON)
                .body(Program.submission("PASS", null))
                .post(submitPath())
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void malformedJsonIs400WithoutStackTrace() {
        given().auth()
                .oauth2(MENTOR)
                .contentType(ContentType.JSON)
                .body("{\"outcome\": ")
                .post(submitPath())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-request"))
                .body(not(containsString("at org.")));
    }

    @Test
    void wrongContentTypeIs415() {
        given().auth()
                .oauth2(MENTOR)
                .contentType(ContentType.TEXT)
                .body("hello")
                .post(submitPath())
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unsupported-media-type"));
    }

    @Test
    void serverOwnedFieldsAreRefused() {
        for (String field : new String[] {
            "\"id\":\"" + UUID.randomUUID() + "\"",
            "\"status\":\"SUBMITTED\"",
            "\"late\":false",
            "\"submittedBy\":\"mia\""
        }) {
            given().auth()
                    .oauth2(MENTOR)
                    .contentType(ContentType.JSON)
                    .body(Program.submission("PASS", null).replace("{", "{" + field + ","))
                    .post(submitPath())
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo(TYPES + "unknown-field"));
        }
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth()
                .oauth2(MENTOR)
                .contentType(ContentType.JSON)
                .body("{\"tasksAndMilestones\":0,\"engagement\":3,\"outcome\":\"PASS\"}")
                .post(submitPath())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("errors.field", hasItem("tasksAndMilestones"))
                .body("errors.field", hasItem("progressAgainstPlan"))
                .body("errors.field", hasItem("commentsForMentee"));
    }

    @Test
    void wrongEnumValueIs400() {
        given().auth()
                .oauth2(MENTOR)
                .contentType(ContentType.JSON)
                .body(Program.submission("MAYBE", null))
                .post(submitPath())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-request"));
    }
}
