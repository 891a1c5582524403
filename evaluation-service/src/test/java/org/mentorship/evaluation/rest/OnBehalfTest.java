package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.FailReviewAppeals;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/**
 * A coordinator submits an evaluation for an absent mentor, with a reason, kept as such on the evaluation and in its
 * history; never for her own mentorship, never without a reason, and she does not also decide the review of a FAIL
 * she submitted.
 */
@QuarkusTest
class OnBehalfTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";
    private static final String EVALUATION_EVENTS =
            "select count(*) from outbox_event where aggregateid = ?1 and type like 'Evaluation%'";

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void aCoordinatorSubmitsForAnAbsentMentorAndItIsKeptAsSuch() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        submit(Program.COORDINATOR, id, "PASS", true, "Mentor on parental leave")
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("onBehalf", equalTo(true))
                .body("onBehalfReason", equalTo("Mentor on parental leave"))
                .body("submittedBy", equalTo("cora"));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/evaluations/1/history", null)
                .then()
                .body("[0].action", equalTo("SUBMITTED"))
                .body("[0].actor", equalTo("cora"))
                .body("[0].onBehalf", equalTo(true))
                .body("[0].reason", equalTo("Mentor on parental leave"));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .body("onBehalf", equalTo(true));
        assertThat(Program.types(Program.events(id, 2))).containsExactly("MentorshipStarted", "EvaluationPassed");
    }

    @Test
    void withoutAReasonOrAsTheWrongPersonItIsRefusedAndNothingChanges() {
        String self = Program.user("maya");
        UUID id = Program.started(self, List.of(mentor), 25);

        submit(Program.COORDINATOR, id, "PASS", true, null)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "on-behalf-reason-required"));
        submit(Program.COORDINATOR, id, "PASS", false, null).then().statusCode(403); // a coordinator is no mentor
        submit(Tokens.mentor(mentor), id, "PASS", true, "I am away").then().statusCode(403);
        submit(Tokens.of(self, "coordinator", "mentee"), id, "PASS", true, "Mentor away")
                .then()
                .statusCode(403)
                .body("type", equalTo(TYPES + "self-dealing"));

        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/evaluations/1", null)
                .then()
                .body("status", equalTo("SCHEDULED"))
                .body("onBehalf", equalTo(false));
        assertThat(Program.count(EVALUATION_EVENTS, id.toString())).isZero();
    }

    @Test
    void aFailSubmittedOnBehalfIsReviewedByAnotherCoordinator() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        submit(Program.COORDINATOR, id, "FAIL", true, "Mentor unreachable for a month")
                .then()
                .statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"));
        String evaluation = Program.evaluationId(id, 1);

        FailReviewAppeals.review(Program.COORDINATOR, evaluation, "CONFIRM")
                .then()
                .statusCode(403)
                .body("type", equalTo(TYPES + "self-dealing"));
        assertThat(Program.count(EVALUATION_EVENTS, id.toString())).isZero();
        Program.review(id, 1, "CONFIRM").then().statusCode(200).body("reviewedBy", equalTo("carl"));
        assertThat(Program.types(Program.events(id, 3)))
                .containsExactly("MentorshipStarted", "EvaluationFailed", "MentorshipTerminated");
    }

    private static Response submit(String token, UUID id, String outcome, boolean onBehalf, String reason) {
        String body = Program.submission(outcome, null);
        body = body.substring(0, body.length() - 1) + ",\"onBehalfOfMentor\":" + onBehalf
                + (reason == null ? "" : ",\"onBehalfReason\":\"" + reason + "\"") + "}";
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/mentorships/" + id + "/evaluations/1");
    }
}
