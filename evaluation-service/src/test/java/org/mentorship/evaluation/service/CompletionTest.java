package org.mentorship.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.evaluation.support.Plans;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** A mentorship completes when its final evaluation passed and all of its plan is done; a coordinator can end it. */
@QuarkusTest
class CompletionTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void theFinalPassCompletesAMentorshipWhosePlanIsDone() {
        UUID id = Program.started(mentee, List.of(mentor), 90); // every evaluation is due (late)
        Plans.taskIds(id).forEach(task -> Plans.finish(mentee, mentor, id, task));
        for (int number = 1; number <= 3; number++) {
            Program.submit(mentor, id, number, "PASS").then().statusCode(201).body("number", equalTo(number));
        }

        List<ConsumerRecord<String, String>> events = Program.events(id, 5);
        assertThat(Program.types(events))
                .containsExactly(
                        "MentorshipStarted",
                        "EvaluationPassed",
                        "EvaluationPassed",
                        "EvaluationPassed",
                        "MentorshipCompleted");
        EvaluationPassed last =
                EventJson.read(EvaluationPassed.class, events.get(3).value());
        assertThat(last.number()).isEqualTo(3);
        assertThat(last.finalEvaluation()).isTrue();
        EventSchemas.validate("MentorshipCompleted", events.get(4).value());
        assertThat(EventJson.read(MentorshipCompleted.class, events.get(4).value())
                        .menteeId())
                .isEqualTo(mentee);
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null).then().body("status", equalTo("COMPLETED"));
    }

    @Test
    void withTasksOpenTheMentorshipCompletesWhenTheLastTaskIsAccepted() {
        UUID id = Program.started(mentee, List.of(mentor), 90);
        List<String> tasks = Plans.taskIds(id);
        Plans.finish(mentee, mentor, id, tasks.get(0));
        Plans.finish(mentee, mentor, id, tasks.get(1));
        for (int number = 1; number <= 3; number++) {
            Program.submit(mentor, id, number, "PASS").then().statusCode(201);
        }
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null).then().body("status", equalTo("ACTIVE"));
        assertThat(Program.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type = 'MentorshipCompleted'",
                        id.toString()))
                .isZero();

        Plans.finish(mentee, mentor, id, tasks.get(2));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null).then().body("status", equalTo("COMPLETED"));
        assertThat(Program.types(Program.events(id, 5))).endsWith("MentorshipCompleted");
    }

    @Test
    void aCoordinatorEndsAMentorshipWithAReason() {
        UUID id = Program.started(mentee, List.of(mentor), 30);
        RestAssured.given()
                .auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType("application/json")
                .body("{\"reason\":\"I quit\"}")
                .post("/api/v1/mentorships/" + id + "/end")
                .then()
                .statusCode(403);
        Program.asCoordinator("POST", "/api/v1/mentorships/" + id + "/end", "{}")
                .then()
                .statusCode(400);
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null).then().body("status", equalTo("ACTIVE"));

        Program.asCoordinator("POST", "/api/v1/mentorships/" + id + "/end", "{\"reason\":\"Mentee left the program\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("endReason", equalTo("Mentee left the program"));
        Program.asCoordinator("POST", "/api/v1/mentorships/" + id + "/end", "{\"reason\":\"again\"}")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "mentorship-ended"));

        List<ConsumerRecord<String, String>> events = Program.events(id, 2);
        EventSchemas.validate("MentorshipTerminated", events.get(1).value());
        assertThat(EventJson.read(MentorshipTerminated.class, events.get(1).value())
                        .reason())
                .isEqualTo("Mentee left the program");
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/history", null)
                .then()
                .body("toStatus", org.hamcrest.Matchers.contains("ACTIVE", "TERMINATED"))
                .body("[1].actor", equalTo("cora"));
    }
}
