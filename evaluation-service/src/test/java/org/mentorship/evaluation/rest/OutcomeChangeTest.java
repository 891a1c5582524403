package org.mentorship.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.EvaluationOutcomeChanged;
import org.mentorship.evaluation.support.Program;

/**
 * A reopened evaluation resubmitted with another outcome publishes EvaluationOutcomeChanged once, written with the
 * resubmission and before the new outcome's own events, so the stipend a pass earned can be taken back.
 */
@QuarkusTest
class OutcomeChangeTest {

    private static final String CHANGED =
            "select count(*) from outbox_event where aggregateid = ?1 and type = 'EvaluationOutcomeChanged'";

    private final String mentor = Program.user("mia");

    @Test
    void aPassReopenedAndExtendedSaysThePassIsTakenBack() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 40);
        String path = "/api/v1/mentorships/" + id + "/evaluations/1";
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        Program.asCoordinator("POST", path + "/reopen", "{\"reason\":\"Scored on the wrong plan\"}")
                .then()
                .statusCode(200);
        assertThat(Program.count(CHANGED, id.toString()))
                .as("reopening alone changes no outcome")
                .isZero();

        String evaluation = Program.submit(mentor, id, 1, "EXTEND", 2)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // In the outbox as soon as the resubmission answered: written in its transaction.
        assertThat(Program.count(CHANGED, id.toString())).isEqualTo(1);

        List<ConsumerRecord<String, String>> events = Program.events(id, 4);
        assertThat(Program.types(events))
                .containsExactly(
                        "MentorshipStarted", "EvaluationPassed", "EvaluationOutcomeChanged", "MentorshipExtended");
        EventSchemas.validate("EvaluationOutcomeChanged", events.get(2).value());
        EvaluationOutcomeChanged changed =
                EventJson.read(EvaluationOutcomeChanged.class, events.get(2).value());
        assertThat(changed.evaluationId()).isEqualTo(UUID.fromString(evaluation));
        assertThat(changed.mentorshipId()).isEqualTo(id);
        assertThat(changed.number()).isEqualTo(1);
        assertThat(changed.finalEvaluation()).isFalse();
        assertThat(changed.previousOutcome()).isEqualTo("PASS");
        assertThat(changed.newOutcome()).isEqualTo("EXTEND");

        // Passed again later: an ordinary EvaluationPassed, no further change event.
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        assertThat(Program.types(Program.events(id, 5))).endsWith("EvaluationPassed");
        assertThat(Program.count(CHANGED, id.toString())).isEqualTo(1);
    }

    @Test
    void aPassReopenedAndFailedSaysSoBeforeTheFail() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 25);
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        Program.asCoordinator(
                        "POST", "/api/v1/mentorships/" + id + "/evaluations/1/reopen", "{\"reason\":\"Plagiarism\"}")
                .then()
                .statusCode(200);
        Program.submit(mentor, id, 1, "FAIL").then().statusCode(201);
        // Under review nothing is said yet: the change is announced with the FAIL, once it is confirmed.
        assertThat(Program.count(CHANGED, id.toString())).isZero();
        Program.review(id, 1, "CONFIRM").then().statusCode(200);

        List<ConsumerRecord<String, String>> events = Program.events(id, 5);
        assertThat(Program.types(events))
                .containsExactly(
                        "MentorshipStarted",
                        "EvaluationPassed",
                        "EvaluationOutcomeChanged",
                        "EvaluationFailed",
                        "MentorshipTerminated");
        EvaluationOutcomeChanged changed =
                EventJson.read(EvaluationOutcomeChanged.class, events.get(2).value());
        assertThat(changed.previousOutcome()).isEqualTo("PASS");
        assertThat(changed.newOutcome()).isEqualTo("FAIL");
    }

    @Test
    void aPassReopenedAndPassedAgainChangesNoOutcome() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 25);
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        Program.asCoordinator("POST", "/api/v1/mentorships/" + id + "/evaluations/1/reopen", "{\"reason\":\"Typo\"}")
                .then()
                .statusCode(200);
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);

        assertThat(Program.types(Program.events(id, 3)))
                .containsExactly("MentorshipStarted", "EvaluationPassed", "EvaluationPassed");
        assertThat(Program.count(CHANGED, id.toString())).isZero();
    }
}
