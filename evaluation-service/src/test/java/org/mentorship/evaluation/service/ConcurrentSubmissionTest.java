package org.mentorship.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Concurrently;

/** Two mentors submitting the same evaluation at once: one wins, the other is told it is locked; one event. */
@QuarkusTest
class ConcurrentSubmissionTest {

    @Test
    void concurrentSubmissionsOfOneEvaluationYieldOneSubmissionAndOneEvent() {
        String mia = Program.user("mia");
        String max = Program.user("max");
        UUID id = Program.started(Program.user("ana"), List.of(mia, max), 25);
        int rounds = 8;
        List<Callable<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String mentor = i % 2 == 0 ? mia : max;
            String outcome = i % 2 == 0 ? "PASS" : "FAIL";
            submissions.add(() -> Program.submit(mentor, id, 1, outcome).statusCode());
        }
        List<Integer> statuses = Concurrently.run(Duration.ofSeconds(90), submissions);

        assertThat(statuses).containsOnlyOnce(201);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(rounds - 1);
        // A winning FAIL is under review: its event follows its confirmation, once.
        if ("UNDER_REVIEW"
                .equals(Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/evaluations/1", null)
                        .path("status"))) {
            Program.review(id, 1, "CONFIRM").then().statusCode(200);
        }
        assertThat(Program.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type like 'Evaluation%'",
                        id.toString()))
                .isEqualTo(1);
        assertThat(Program.count(
                        "select count(*) from evaluation_history h join evaluation e on e.id = h.evaluation_id "
                                + "where e.mentorship_id = ?1 and h.action = 'SUBMITTED'",
                        id))
                .isEqualTo(1);
    }
}
