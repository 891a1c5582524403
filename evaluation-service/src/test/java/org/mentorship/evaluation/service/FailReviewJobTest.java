package org.mentorship.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.FailReviewAppeals;
import org.mentorship.evaluation.support.Program;
import org.mentorship.platform.time.ProgramClock;
import org.mentorship.testsupport.Tokens;

/**
 * A review window that ends without an appeal confirms its FAIL (the job, run by hand: its schedule is off in tests),
 * once however often it runs; one with an appeal waits for a coordinator.
 */
@QuarkusTest
class FailReviewJobTest {

    private static final String FAILED =
            "select count(*) from outbox_event where aggregateid = ?1 and type = 'EvaluationFailed'";

    @Inject
    FailReviewJob job;

    @Inject
    ProgramClock clock;

    @Test
    void anUnappealedFailIsConfirmedWhenItsWindowEndsOnceAndAnAppealedOneWaits() {
        String mentor = Program.user("mia");
        String appealing = Program.user("ben");
        UUID quiet = Program.started(Program.user("ana"), List.of(mentor), 25);
        UUID appealed = Program.started(appealing, List.of(mentor), 25);
        Program.submit(mentor, quiet, 1, "FAIL").then().statusCode(201);
        Program.submit(mentor, appealed, 1, "FAIL").then().statusCode(201);
        FailReviewAppeals.appeal(Tokens.mentee(appealing), Program.evaluationId(appealed, 1), "My mentor was away")
                .then()
                .statusCode(200);

        job.run();
        assertThat(Program.count(FAILED, quiet.toString())).isZero(); // the window is still open

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(job.run()).isPositive();
        job.run();

        assertThat(Program.types(Program.events(quiet, 3)))
                .containsExactly("MentorshipStarted", "EvaluationFailed", "MentorshipTerminated");
        assertThat(Program.count(FAILED, quiet.toString())).isEqualTo(1);
        Program.asCoordinator("GET", "/api/v1/mentorships/" + quiet + "/evaluations/1/history", null)
                .then()
                .body("[1].action", equalTo("REVIEW_CONFIRMED"))
                .body("[1].actor", equalTo("system"));

        Program.asCoordinator("GET", "/api/v1/mentorships/" + appealed + "/evaluations/1", null)
                .then()
                .body("status", equalTo("UNDER_REVIEW"));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + appealed, null)
                .then()
                .body("status", equalTo("ACTIVE"));
        assertThat(Program.count(FAILED, appealed.toString())).isZero();
        Program.review(appealed, 1, "CONFIRM").then().statusCode(200);
        assertThat(Program.count(FAILED, appealed.toString())).isEqualTo(1);
    }
}
