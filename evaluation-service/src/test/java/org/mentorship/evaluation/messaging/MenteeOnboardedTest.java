package org.mentorship.evaluation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.ApplicationSubmitted;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.evaluation.support.Program;

/** MenteeOnboarded starts exactly one mentorship, with its schedule, starter tasks and MentorshipStarted. */
@QuarkusTest
class MenteeOnboardedTest {

    @Test
    void aMentorshipStartsWithEvenlySpreadEvaluationsAndAWeekLongWindowEach() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        MenteeOnboarded event =
                Program.onboarded(Program.user("ana"), List.of("mia", "max"), 4, start, LocalDate.of(2026, 5, 24));
        UUID id = Program.start(event);

        // 84 days, 4 evaluations: every 21 days, the last at the end of the last day.
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/mentorships/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("menteeId", equalTo(event.menteeId()))
                .body("mentorIds", contains("mia", "max"))
                .body("evaluationCount", equalTo(4))
                .body("extensionWeeksLeft", equalTo(5))
                .body("evaluations.number", contains(1, 2, 3, 4))
                .body(
                        "evaluations.dueAt",
                        contains(
                                "2026-03-23T00:00:00Z",
                                "2026-04-13T00:00:00Z",
                                "2026-05-04T00:00:00Z",
                                "2026-05-25T00:00:00Z"))
                .body(
                        "evaluations.windowOpensAt",
                        contains(
                                "2026-03-16T00:00:00Z",
                                "2026-04-06T00:00:00Z",
                                "2026-04-27T00:00:00Z",
                                "2026-05-18T00:00:00Z"))
                .body("evaluations.status", everyItem(equalTo("SCHEDULED")));

        ConsumerRecord<String, String> started = Program.events(id, 1).get(0);
        assertThat(Program.types(List.of(started))).containsExactly("MentorshipStarted");
        EventSchemas.validate("MentorshipStarted", started.value());
        MentorshipStarted data = EventJson.read(MentorshipStarted.class, started.value());
        assertThat(data.mentorIds()).containsExactly("mia", "max");
        assertThat(data.evaluations()).hasSize(4);
        assertThat(data.evaluations().get(3).dueAt()).isEqualTo(Instant.parse("2026-05-25T00:00:00Z"));
    }

    @Test
    void aNewMentorshipHasStarterTasksToDo() {
        UUID id = Program.started(Program.user("ana"), List.of("mia"), 1);
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/mentorships/" + id + "/plan")
                .then()
                .statusCode(200)
                .body("tasks", hasSize(3))
                .body("tasks.kind", everyItem(equalTo("STARTER")))
                .body("tasks.status", everyItem(equalTo("TODO")))
                .body("progress.STARTER.total", equalTo(3))
                .body("progress.ADVANCED.total", equalTo(0));
    }

    @Test
    void aRedeliveryOrASecondEventForTheSameMentorshipChangesNothing() throws Exception {
        MenteeOnboarded event = Program.onboarded(
                Program.user("ana"),
                List.of("mia"),
                3,
                Program.today(),
                Program.today().plusDays(83));
        UUID eventId = UUID.randomUUID();
        Program.kafka().publish(event, eventId, Program.SOURCE);
        Program.awaitMentorship(event.mentorshipId());
        Program.kafka().publish(event, eventId, Program.SOURCE); // the same event redelivered
        UUID twin = UUID.randomUUID();
        Program.kafka().publish(event, twin, Program.SOURCE); // the same fact under a new event id
        // Same key, same partition: once the twin is in the inbox, the redelivery before it was consumed too.
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(twin) == 1);
        assertThat(inboxRows(eventId)).isEqualTo(1);

        assertThat(count("select count(*) from mentorship where id = ?1", event.mentorshipId()))
                .isEqualTo(1);
        assertThat(count("select count(*) from evaluation where mentorship_id = ?1", event.mentorshipId()))
                .isEqualTo(3);
        assertThat(count("select count(*) from plan_task where mentorship_id = ?1", event.mentorshipId()))
                .isEqualTo(3);
        assertThat(count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type = 'MentorshipStarted'",
                        event.mentorshipId().toString()))
                .isEqualTo(1);
    }

    @Test
    void anApplicationEventItDoesNotActOnIsSkippedWithoutAnInboxRow() throws Exception {
        MenteeOnboarded event = Program.onboarded(
                Program.user("ana"),
                List.of("mia"),
                3,
                Program.today(),
                Program.today().plusDays(83));
        // Keyed like the MenteeOnboarded after it (same partition): once that one is applied, this one was consumed.
        ApplicationSubmitted submitted = new ApplicationSubmitted(
                event.mentorshipId(), event.termId(), event.projectId(), event.menteeId(), Instant.now());
        UUID submittedId = UUID.randomUUID();
        Program.kafka().publish(submitted, submittedId, Program.SOURCE);
        UUID onboardedId = UUID.randomUUID();
        Program.kafka().publish(event, onboardedId, Program.SOURCE);

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(onboardedId) == 1);
        assertThat(inboxRows(submittedId))
                .as("inbox rows of the skipped ApplicationSubmitted")
                .isZero();
    }

    private static long inboxRows(UUID eventId) {
        return count("select count(*) from inbox_message where event_id = ?1", eventId);
    }

    private static long count(String sql, Object parameter) {
        return Program.count(sql, parameter);
    }
}
