package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** Who may submit an evaluation, when, in which order, and that a submitted one is locked. */
@QuarkusTest
class EvaluationSubmissionTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    private final String mentor = Program.user("mia");

    @Test
    void aPassInsideTheWindowIsLockedAndPublishesEvaluationPassed() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 25); // evaluation 1 due in 3 days
        String evaluationId = Program.submit(mentor, id, 1, "PASS")
                .then()
                .statusCode(201)
                .body("number", equalTo(1))
                .body("total", equalTo(3))
                .body("status", equalTo("SUBMITTED"))
                .body("outcome", equalTo("PASS"))
                .body("late", equalTo(false))
                .body("finalEvaluation", equalTo(false))
                .body("scores.tasksAndMilestones", equalTo(4))
                .body("scores.engagement", equalTo(5))
                .body("scores.progressAgainstPlan", equalTo(3))
                .body("submittedBy", equalTo(mentor))
                .extract()
                .path("id");

        List<ConsumerRecord<String, String>> events = Program.events(id, 2);
        assertThat(Program.types(events)).containsExactly("MentorshipStarted", "EvaluationPassed");
        ConsumerRecord<String, String> passed = events.get(1);
        EventSchemas.validate("EvaluationPassed", passed.value());
        assertThat(Program.header(passed, CloudEventHeaders.SUBJECT)).isEqualTo(id.toString());
        EvaluationPassed data = EventJson.read(EvaluationPassed.class, passed.value());
        assertThat(data.evaluationId()).hasToString(evaluationId);
        assertThat(data.number()).isEqualTo(1);
        assertThat(data.total()).isEqualTo(3);
        assertThat(data.finalEvaluation()).isFalse();

        // Locked: a second submission (even a different outcome) is refused and changes nothing.
        Program.submit(mentor, id, 1, "FAIL")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "evaluation-locked"));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .body("outcome", equalTo("PASS"));
        assertThat(Program.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type like 'Evaluation%'",
                        id.toString()))
                .isEqualTo(1);
    }

    @Test
    void beforeTheWindowOpensASubmissionIsRefused() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 10); // due in 18 days, opens in 11
        Program.submit(mentor, id, 1, "PASS")
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "evaluation-window-not-open"));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        assertThat(Program.count(
                        "select count(*) from evaluation_history h join evaluation e on e.id = h.evaluation_id"
                                + " where e.mentorship_id = ?1",
                        id))
                .isZero();
    }

    @Test
    void aLateSubmissionIsAcceptedAndFlagged() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 40); // evaluation 1 was due 12 days ago
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201).body("late", equalTo(true));
    }

    @Test
    void evaluationsAreSubmittedInOrder() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 60); // 1 and 2 both open
        Program.submit(mentor, id, 2, "PASS")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "previous-evaluation-pending"));
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        Program.submit(mentor, id, 2, "PASS").then().statusCode(201).body("number", equalTo(2));
        Program.submit(mentor, id, 4, "PASS").then().statusCode(404);
    }

    @Test
    void onlyAMentorOfThisMentorshipSubmits() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 25);
        Program.submit(Program.user("otto"), id, 1, "PASS")
                .then()
                .statusCode(403)
                .body("type", equalTo(TYPES + "forbidden"));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Program.submission("PASS", null))
                .post("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentee("ana"))
                .contentType(ContentType.JSON)
                .body(Program.submission("PASS", null))
                .post("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .body("status", equalTo("SCHEDULED"));
    }

    @Test
    void scoresOutsideOneToFiveAndStrayWeeksAreRefused() {
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 25);
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body(Program.submission("PASS", null).replace("\"engagement\":5", "\"engagement\":6"))
                .post("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .statusCode(400)
                .body("type", equalTo(TYPES + "validation-failed"))
                .body("errors.field", hasItem("engagement"));
        Program.submit(mentor, id, 1, "PASS", 2)
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "extension-weeks-unexpected"));
        Program.submit(mentor, id, 1, "EXTEND")
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "extension-weeks-required"));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .body("status", equalTo("SCHEDULED"));
    }
}
