package org.mentorship.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.evaluation.support.Program;

/**
 * "Terminate and pay the earned installment": a review decided TERMINATE_AND_PAY, or a coordinator's early end with
 * settlement PAY_EARNED, ends the mentorship and MentorshipTerminated (in the same transaction, through the outbox)
 * names the evaluation whose installment is still paid. A refused end changes nothing.
 */
@QuarkusTest
class TerminateAndPayTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";
    private static final String TERMINATED =
            "select count(*) from outbox_event where aggregateid = ?1 and type = 'MentorshipTerminated'";
    private static final String PAY_EARNED =
            TERMINATED + " and payload->>'settlement' = 'PAY_EARNED' and (payload->>'earnedEvaluation')::int = ?2";

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void aReviewDecidedTerminateAndPayEndsTheMentorshipAndPaysTheEvaluationsInstallment() {
        UUID id = Program.started(mentee, List.of(mentor), 60); // evaluations 1 and 2 were due
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        Program.submit(mentor, id, 2, "FAIL").then().statusCode(201);

        Program.review(id, 2, "TERMINATE_AND_PAY")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("outcome", equalTo("FAIL"))
                .body("reviewDecision", equalTo("TERMINATE_AND_PAY"));

        assertThat(Program.types(Program.events(id, 4)))
                .containsExactly("MentorshipStarted", "EvaluationPassed", "EvaluationFailed", "MentorshipTerminated");
        assertThat(Program.count(PAY_EARNED, id.toString(), 2)).isEqualTo(1);
        String payload = Program.events(id, 4).get(3).value();
        EventSchemas.validate("MentorshipTerminated", payload);
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .then()
                .body("status", equalTo("TERMINATED"))
                .body("settlement", equalTo("PAY_EARNED"))
                .body("earnedEvaluation", equalTo(2));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/evaluations/2/history", null)
                .then()
                .body("action", org.hamcrest.Matchers.hasItem("REVIEW_TERMINATE_PAY"));
    }

    @Test
    void aConfirmedFailStillCancelsEveryUnpaidInstallment() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        Program.failAndConfirm(mentor, id, 1);

        assertThat(Program.count(
                        TERMINATED + " and payload->>'settlement' = 'CANCEL_UNPAID'"
                                + " and payload->'earnedEvaluation' = 'null'::jsonb",
                        id.toString()))
                .isEqualTo(1);
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .then()
                .body("settlement", equalTo("CANCEL_UNPAID"))
                .body("earnedEvaluation", nullValue());
    }

    @Test
    void aCoordinatorEndsEarlyPayingTheLastPassedEvaluationsInstallment() {
        UUID id = Program.started(mentee, List.of(mentor), 60);
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        Program.submit(mentor, id, 2, "PASS").then().statusCode(201);

        end(id, "{\"reason\":\"Moved abroad\",\"settlement\":\"PAY_EARNED\",\"earnedEvaluation\":2}")
                .then()
                .statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("settlement", equalTo("PAY_EARNED"))
                .body("earnedEvaluation", equalTo(2));
        assertThat(Program.count(PAY_EARNED, id.toString(), 2)).isEqualTo(1);
    }

    @Test
    void anEndNamingAnEvaluationThatEarnedNothingIsRefusedAndChangesNothing() {
        UUID id = Program.started(mentee, List.of(mentor), 25); // evaluation 1 is in its window, not due yet
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);

        refused(end(id, "{\"reason\":\"Gone\",\"settlement\":\"PAY_EARNED\"}"), "earned-evaluation-required");
        refused(end(id, "{\"reason\":\"Gone\",\"earnedEvaluation\":1}"), "earned-evaluation-required");
        refused(
                end(id, "{\"reason\":\"Gone\",\"settlement\":\"PAY_EARNED\",\"earnedEvaluation\":1}"),
                "evaluation-not-earnable"); // submitted early: beyond the last evaluation that was due
        refused(
                end(id, "{\"reason\":\"Gone\",\"settlement\":\"PAY_EARNED\",\"earnedEvaluation\":3}"),
                "evaluation-not-earnable"); // never submitted

        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("settlement", nullValue());
        assertThat(Program.count(TERMINATED, id.toString())).isZero();

        end(id, "{\"reason\":\"Gone\"}").then().statusCode(200).body("settlement", equalTo("CANCEL_UNPAID"));
        assertThat(Program.count(TERMINATED, id.toString())).isEqualTo(1);
    }

    private static Response end(UUID id, String body) {
        return Program.asCoordinator("POST", "/api/v1/mentorships/" + id + "/end", body);
    }

    private static void refused(Response response, String slug) {
        response.then().statusCode(422).contentType("application/problem+json").body("type", equalTo(TYPES + slug));
    }
}
