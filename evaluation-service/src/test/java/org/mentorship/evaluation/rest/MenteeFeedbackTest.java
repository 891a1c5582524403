package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.evaluation.support.FailReviewAppeals;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/**
 * The mentee evaluates the mentorship at each evaluation (mentor support, hours worked), once; coordinators and she
 * read it, a mentor of the mentorship never does; it is in her data export and pseudonymised when she is erased.
 */
@QuarkusTest
class MenteeFeedbackTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";
    private static final String FEEDBACK = "{\"mentorSupport\":4,\"hoursWorked\":62,\"comment\":\"Weekly calls\"}";

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void theMenteeEvaluatesTheMentorshipOnceAndNoMentorReadsIt() {
        UUID id = Program.started(mentee, List.of(mentor), 25); // evaluation 1's window is open
        String evaluation = Program.evaluationId(id, 1);

        feedback(Tokens.mentor(mentor), evaluation, FEEDBACK).then().statusCode(403);
        feedback(Tokens.mentee(Program.user("ben")), evaluation, FEEDBACK)
                .then()
                .statusCode(404);
        feedback(Tokens.mentee(mentee), evaluation, "{\"mentorSupport\":6,\"hoursWorked\":1}")
                .then()
                .statusCode(400);
        feedback(Tokens.mentee(mentee), evaluation, FEEDBACK)
                .then()
                .statusCode(200)
                .body("menteeFeedback.mentorSupport", equalTo(4))
                .body("menteeFeedback.hoursWorked", equalTo(62))
                .body("menteeFeedback.comment", equalTo("Weekly calls"));
        feedback(Tokens.mentee(mentee), evaluation, "{\"mentorSupport\":1,\"hoursWorked\":0}")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "mentee-feedback-given"));

        // Coordinators and she read it, unchanged by the refused second one; no mentor does, whatever else he is.
        Program.asCoordinator("GET", "/api/v1/evaluations/" + evaluation, null)
                .then()
                .body("menteeFeedback.mentorSupport", equalTo(4));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/mentorships/" + id + "/evaluations")
                .then()
                .body("items[0].menteeFeedback.hoursWorked", equalTo(62));
        for (String token : List.of(Tokens.mentor(mentor), Tokens.of(mentor, "coordinator", "mentor"))) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/evaluations/" + evaluation)
                    .then()
                    .statusCode(200)
                    .body("$", not(hasKey("menteeFeedback")));
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/mentorships/" + id + "/evaluations")
                    .then()
                    .body("items[0]", not(hasKey("menteeFeedback")));
        }
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/me/data")
                .then()
                .body("asMentee[0].evaluations[0].menteeFeedback.mentorSupport", equalTo(4))
                .body("asMentee[0].evaluations[0].menteeFeedback.comment", equalTo("Weekly calls"));
    }

    @Test
    void notBeforeTheEvaluationsWindowOpens() {
        UUID id = Program.started(mentee, List.of(mentor), 10); // evaluation 1 opens in 11 days
        String evaluation = Program.evaluationId(id, 1);
        feedback(Tokens.mentee(mentee), evaluation, FEEDBACK)
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "evaluation-window-not-open"));
        assertThat(Program.count(
                        "select count(*) from evaluation where mentorship_id = ?1 and mentee_feedback_at is not null",
                        id))
                .isZero();
    }

    @Test
    void herFeedbackCommentAndAppealArePseudonymisedWhenSheIsErased() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        String evaluation = Program.evaluationId(id, 1);
        feedback(Tokens.mentee(mentee), evaluation, FEEDBACK).then().statusCode(200);
        Program.submit(mentor, id, 1, "FAIL").then().statusCode(201);
        FailReviewAppeals.appeal(Tokens.mentee(mentee), evaluation, "I was ill")
                .then()
                .statusCode(200);

        Program.kafka()
                .publish(
                        new PersonErased(UUID.randomUUID(), mentee, "person-91c2", Instant.now()),
                        UUID.randomUUID(),
                        Program.SOURCE);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Program.count(
                                "select count(*) from mentorship where id = ?1 and mentee_name = 'person-91c2'", id)
                        == 1);
        assertThat(Program.count(
                        "select count(*) from evaluation where id = ?1 and mentee_comment = '(erased)'"
                                + " and appeal_statement = '(erased)' and mentor_support = 4",
                        UUID.fromString(evaluation)))
                .isEqualTo(1);
        assertThat(Program.count(
                        "select count(*) from evaluation_history where evaluation_id = ?1 and action = 'APPEALED'"
                                + " and reason = '(erased)'",
                        UUID.fromString(evaluation)))
                .isEqualTo(1);
    }

    private static Response feedback(String token, String evaluation, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/evaluations/" + evaluation + "/mentee-feedback");
    }
}
