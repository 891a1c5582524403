package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.FailReviewAppeals;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/**
 * A mentor's FAIL opens a review window: nothing is published and the mentorship runs on until a coordinator confirms
 * it (the FAIL's events follow, once) or overturns it after the mentee's appeal (a PASS's events follow).
 */
@QuarkusTest
class FailReviewTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";
    private static final String EVENTS =
            "select count(*) from outbox_event where aggregateid = ?1 and type in ('EvaluationFailed',"
                    + " 'EvaluationPassed', 'MentorshipTerminated')";

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void aFailIsUnderReviewUntilConfirmedThenItsEventsFollowOnce() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        Response submitted = Program.submit(mentor, id, 1, "FAIL");
        submitted
                .then()
                .statusCode(201)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("outcome", equalTo("FAIL"))
                .body("reviewEndsAtLocal", notNullValue());
        Instant at = Instant.parse(submitted.path("submittedAt"));
        assertThat(Instant.parse(submitted.<String>path("reviewEndsAt"))).isEqualTo(at.plus(Duration.ofDays(7)));
        assertThat(Program.count(EVENTS, id.toString())).isZero();
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null).then().body("status", equalTo("ACTIVE"));

        Program.review(id, 1, "CONFIRM")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("outcome", equalTo("FAIL"))
                .body("reviewDecision", equalTo("CONFIRM"))
                .body("reviewedBy", equalTo("carl"))
                .body("reviewReason", equalTo("Reviewed with the mentor"));
        assertThat(Program.types(Program.events(id, 3)))
                .containsExactly("MentorshipStarted", "EvaluationFailed", "MentorshipTerminated");
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .then()
                .body("status", equalTo("TERMINATED"))
                .body("endReason", equalTo("Evaluation 1 of 3 failed"));

        // Confirmed twice: refused, published once.
        Program.review(id, 1, "CONFIRM").then().statusCode(409).body("type", equalTo(TYPES + "mentorship-ended"));
        assertThat(Program.count(EVENTS, id.toString())).isEqualTo(2);
    }

    @Test
    void theMenteeAppealsOnceAndACoordinatorOverturnsTheFailIntoAPass() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        Program.submit(mentor, id, 1, "FAIL").then().statusCode(201);
        String evaluation = Program.evaluationId(id, 1);

        FailReviewAppeals.appeal(Tokens.mentor(mentor), evaluation, "Not mine")
                .then()
                .statusCode(403);
        FailReviewAppeals.appeal(Tokens.mentee(Program.user("ben")), evaluation, "Not mine")
                .then()
                .statusCode(404);
        FailReviewAppeals.appeal(Tokens.mentee(mentee), evaluation, " ").then().statusCode(400);
        FailReviewAppeals.appeal(Tokens.mentee(mentee), evaluation, "I was in hospital for two weeks")
                .then()
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("appealStatement", equalTo("I was in hospital for two weeks"))
                .body("appealedAt", notNullValue());
        FailReviewAppeals.appeal(Tokens.mentee(mentee), evaluation, "And again")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "appeal-already-made"));
        // The mentor reads the statement too; the second appeal changed nothing.
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/evaluations/" + evaluation)
                .then()
                .body("appealStatement", equalTo("I was in hospital for two weeks"));

        Program.review(id, 1, "OVERTURN")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("outcome", equalTo("PASS"))
                .body("reviewDecision", equalTo("OVERTURN"))
                .body("reviewedBy", equalTo("carl"));
        assertThat(Program.types(Program.events(id, 2))).containsExactly("MentorshipStarted", "EvaluationPassed");
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null).then().body("status", equalTo("ACTIVE"));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/evaluations/1/history", null)
                .then()
                .body("action", contains("SUBMITTED", "APPEALED", "REVIEW_OVERTURNED"))
                .body("[1].reason", equalTo("I was in hospital for two weeks"))
                .body("[2].actor", equalTo("carl"));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/evaluations/" + evaluation)
                .then()
                .body("reviewDecision", equalTo("OVERTURN"))
                .body("appealStatement", equalTo("I was in hospital for two weeks"));

        FailReviewAppeals.appeal(Tokens.mentee(mentee), evaluation, "Late")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "evaluation-not-under-review"));
    }

    @Test
    void nobodyReviewsTheirOwnMentorshipAndARefusedReviewChangesNothing() {
        String self = Program.user("maya");
        UUID id = Program.started(self, List.of(mentor), 25);
        Program.submit(mentor, id, 1, "FAIL").then().statusCode(201);
        String evaluation = Program.evaluationId(id, 1);

        FailReviewAppeals.review(Tokens.of(self, "coordinator", "mentee"), evaluation, "OVERTURN")
                .then()
                .statusCode(403)
                .body("type", equalTo(TYPES + "self-dealing"));
        FailReviewAppeals.review(Tokens.of(mentor, "coordinator", "mentor"), evaluation, "CONFIRM")
                .then()
                .statusCode(403)
                .body("type", equalTo(TYPES + "self-dealing"));
        FailReviewAppeals.review(Tokens.mentor(mentor), evaluation, "CONFIRM")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Program.REVIEWER)
                .contentType(ContentType.JSON)
                .body("{\"decision\":\"MAYBE\",\"reason\":\"x\"}")
                .post("/api/v1/evaluations/" + evaluation + "/review")
                .then()
                .statusCode(400);
        Program.asCoordinator(
                        "POST",
                        "/api/v1/mentorships/" + id + "/evaluations/1/reopen",
                        "{\"reason\":\"Scores swapped\"}")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "evaluation-under-review"));

        Program.asCoordinator("GET", "/api/v1/evaluations/" + evaluation, null)
                .then()
                .body("status", equalTo("UNDER_REVIEW"))
                .body("reviewDecision", equalTo(null));
        assertThat(Program.count(EVENTS, id.toString())).isZero();
        // Evaluation 2 waits for the decision.
        Program.review(id, 1, "OVERTURN").then().statusCode(200);
        Program.asCoordinator("GET", "/api/v1/evaluations/" + evaluation, null)
                .then()
                .body("outcome", equalTo("PASS"));
    }

    @Test
    void aPassIsNeitherAppealedNorReviewed() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201).body("status", equalTo("SUBMITTED"));
        String evaluation = Program.evaluationId(id, 1);
        FailReviewAppeals.appeal(Tokens.mentee(mentee), evaluation, "Why?")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "evaluation-not-under-review"));
        FailReviewAppeals.review(Program.REVIEWER, evaluation, "CONFIRM")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "evaluation-not-under-review"));
        assertThat(Program.types(Program.events(id, 2))).containsExactly("MentorshipStarted", "EvaluationPassed");
    }
}
