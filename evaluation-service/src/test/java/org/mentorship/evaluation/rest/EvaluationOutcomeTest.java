package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** Fail terminates (once confirmed), extend moves this and every later date (5 weeks at most), a coordinator reopens with a reason. */
@QuarkusTest
class EvaluationOutcomeTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    private final String mentor = Program.user("mia");

    @Test
    void aFailTerminatesTheMentorshipOnceConfirmed() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 25);
        Program.submit(mentor, id, 1, "FAIL").then().statusCode(201).body("outcome", equalTo("FAIL"));
        Program.review(id, 1, "CONFIRM").then().statusCode(200).body("reviewDecision", equalTo("CONFIRM"));

        List<ConsumerRecord<String, String>> events = Program.events(id, 3);
        assertThat(Program.types(events))
                .containsExactly("MentorshipStarted", "EvaluationFailed", "MentorshipTerminated");
        EventSchemas.validate("EvaluationFailed", events.get(1).value());
        EventSchemas.validate("MentorshipTerminated", events.get(2).value());
        assertThat(EventJson.read(MentorshipTerminated.class, events.get(2).value())
                        .reason())
                .isEqualTo("Evaluation 1 of 3 failed");
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .then()
                .body("status", equalTo("TERMINATED"))
                .body("endReason", equalTo("Evaluation 1 of 3 failed"));
        // Nothing of an ended mentorship moves any more.
        Program.asCoordinator("POST", "/api/v1/mentorships/" + id + "/evaluations/1/reopen", "{\"reason\":\"typo\"}")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "mentorship-ended"));
    }

    @Test
    void anExtensionMovesThisAndEveryLaterDueDateUpToFiveWeeksInTotal() {
        // Evaluation 1 was due 12 days ago: two weeks later it is still inside its window.
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 40);
        JsonPath before =
                Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null).jsonPath();
        List<Instant> due = before.getList("evaluations.dueAt", String.class).stream()
                .map(Instant::parse)
                .toList();
        LocalDate endsOn = LocalDate.parse(before.getString("endsOn"));

        Program.submit(mentor, id, 1, "EXTEND", 2)
                .then()
                .statusCode(201)
                .body("number", equalTo(1))
                .body("status", equalTo("SCHEDULED"))
                .body("outcome", equalTo(null))
                .body("dueAt", equalTo(plusWeeks(due.get(0), 2).toString()));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/evaluations/1/history", null)
                .then()
                .body("action", contains("EXTENDED"))
                .body("[0].extensionWeeks", equalTo(2))
                .body("[0].scores.engagement", equalTo(5));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .then()
                .body("status", equalTo("EXTENDED"))
                .body("extensionWeeks", equalTo(2))
                .body("endsOn", equalTo(endsOn.plusWeeks(2).toString()))
                .body(
                        "evaluations.dueAt",
                        contains(due.stream()
                                .map(d -> plusWeeks(d, 2).toString())
                                .toArray()));

        ConsumerRecord<String, String> extended = Program.events(id, 2).get(1);
        EventSchemas.validate("MentorshipExtended", extended.value());
        MentorshipExtended data = EventJson.read(MentorshipExtended.class, extended.value());
        assertThat(data.weeks()).isEqualTo(2);
        assertThat(data.totalExtensionWeeks()).isEqualTo(2);
        assertThat(data.newEndDate()).isEqualTo(endsOn.plusWeeks(2));
        assertThat(data.newDueDates())
                .extracting(EvaluationDue::dueAt)
                .containsExactlyElementsOf(
                        due.stream().map(d -> plusWeeks(d, 2)).toList());

        // 2 + 4 > 5: refused, and nothing moved.
        Program.submit(mentor, id, 1, "EXTEND", 4)
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "extension-limit-exceeded"));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .then()
                .body("extensionWeeks", equalTo(2))
                .body("endsOn", equalTo(endsOn.plusWeeks(2).toString()));
        // 2 + 3 = 5 is the most; then not even a coordinator extends further.
        Program.asCoordinator(
                        "POST", "/api/v1/mentorships/" + id + "/extensions", "{\"weeks\":3,\"reason\":\"Illness\"}")
                .then()
                .statusCode(200)
                .body("extensionWeeks", equalTo(5))
                .body("extensionWeeksLeft", equalTo(0));
        Program.asCoordinator("POST", "/api/v1/mentorships/" + id + "/extensions", "{\"weeks\":1,\"reason\":\"More\"}")
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "extension-limit-exceeded"));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType("application/json")
                .body("{\"weeks\":1,\"reason\":\"More\"}")
                .post("/api/v1/mentorships/" + id + "/extensions")
                .then()
                .statusCode(403);
        assertThat(Program.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type = 'MentorshipExtended'",
                        id.toString()))
                .isEqualTo(2);
    }

    @Test
    void aCoordinatorReopensASubmittedEvaluationWithAReason() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 25);
        String path = "/api/v1/mentorships/" + id + "/evaluations/1";
        Program.asCoordinator("POST", path + "/reopen", "{\"reason\":\"Not submitted yet\"}")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "evaluation-not-submitted"));
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);

        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType("application/json")
                .body("{\"reason\":\"mine\"}")
                .post(path + "/reopen")
                .then()
                .statusCode(403);
        Program.asCoordinator("POST", path + "/reopen", "{\"reason\":\" \"}")
                .then()
                .statusCode(400);
        Program.asCoordinator("GET", path, null).then().body("status", equalTo("SUBMITTED"));

        Program.asCoordinator("POST", path + "/reopen", "{\"reason\":\"Scores swapped by mistake\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("REOPENED"));
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201).body("status", equalTo("SUBMITTED"));
        Program.asCoordinator("GET", path + "/history", null)
                .then()
                .statusCode(200)
                .body("action", contains("SUBMITTED", "REOPENED", "SUBMITTED"))
                .body("[1].reason", equalTo("Scores swapped by mistake"))
                .body("[1].actor", equalTo("cora"));
    }

    private static Instant plusWeeks(Instant instant, int weeks) {
        return instant.plusSeconds(weeks * 7L * 24 * 3600);
    }
}
