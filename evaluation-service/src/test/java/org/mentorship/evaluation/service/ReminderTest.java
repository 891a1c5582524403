package org.mentorship.evaluation.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Program;
import org.mentorship.platform.time.ProgramClock;
import org.mentorship.testsupport.Concurrently;
import org.mentorship.testsupport.TestSmtp;
import org.mentorship.testsupport.Tokens;

/**
 * Reminders go out by mail before the due date, on it and after it, then escalate to the coordinators; each once,
 * as the program clock moves. The job is run by hand here (its schedule is off in tests).
 */
@QuarkusTest
class ReminderTest {

    @Inject
    ReminderJob job;

    @Inject
    ProgramClock clock;

    @Inject
    org.mentorship.platform.person.PersonSettings settings;

    @Test
    void remindersFollowTheDueDateAndEachIsSentOnce() {
        String mentee = Program.user("ana");
        String mentor = Program.user("mia");
        String address = mentor + "@example.org";
        UUID id = Program.started(mentee, List.of(mentor), 20); // evaluation 1 due in 8 days

        runTwice();
        assertThat(TestSmtp.messagesTo(address)).isEmpty();

        clock.advance(Duration.ofDays(6)); // 2 days before the due date
        runTwice();
        assertThat(subjects(address))
                .containsExactly(
                        "Evaluation 1 of 3 for Ana " + mentee + " (Add structured logging) is due on " + dueAt(id));

        clock.advance(Duration.ofDays(1)); // the last day
        runTwice();
        assertThat(subjects(address)).hasSize(2).last().asString().endsWith("is due today");

        clock.advance(Duration.ofDays(1)); // overdue
        runTwice();
        assertThat(subjects(address)).hasSize(3).last().asString().endsWith("is overdue");
        assertThat(escalations(mentee)).isEmpty();

        clock.advance(Duration.ofDays(4)); // still missing: the coordinators hear of it
        runTwice();
        assertThat(subjects(address)).hasSize(3);
        assertThat(escalations(mentee)).hasSize(1);

        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/evaluations/reminders")
                .then()
                .statusCode(200)
                .body("items.kind", contains("OVERDUE", "DUE_TODAY", "UPCOMING"));
        Program.asCoordinator("GET", "/api/v1/evaluations/reminders?size=100", null)
                .then()
                .statusCode(200)
                .body("items.findAll { it.mentorshipId == '" + id + "' }.kind", hasItem("ESCALATED"));
    }

    @Test
    void aSubmittedEvaluationIsNotRemindedOf() {
        String mentor = Program.user("mia");
        UUID id = Program.started(Program.user("ana"), List.of(mentor), 27); // due tomorrow
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        runTwice();
        assertThat(TestSmtp.messagesTo(mentor + "@example.org")).isEmpty();
    }

    @Test
    void aMentorWithoutAnAddressSeesTheReminderInTheAppOnly() {
        String mia = Program.user("mia");
        String max = Program.user("max"); // the project gave no address for max
        LocalDate start = Program.today().minusDays(30); // evaluation 1 is 2 days overdue
        Program.start(
                Program.onboarded(Program.user("ana"), List.of(mia, max), List.of(mia), 3, start, start.plusDays(83)));
        runTwice();
        assertThat(subjects(mia + "@example.org")).hasSize(1);
        assertThat(subjects(max + "@example.org")).isEmpty();
        given().auth()
                .oauth2(Tokens.mentor(max))
                .get("/api/v1/evaluations/reminders")
                .then()
                .statusCode(200)
                .body("items.kind", contains("OVERDUE"))
                .body("items.mailed", contains(false));
        given().auth()
                .oauth2(Tokens.mentor(mia))
                .get("/api/v1/evaluations/reminders")
                .then()
                .statusCode(200)
                .body("items.mailed", contains(true));
    }

    @Test
    void aReminderStatesTheDueTimeInTheMentorsZoneAndFollowsTheirChannel() throws Exception {
        String berlin = Program.user("mia");
        String feedOnly = Program.user("max");
        Instant now = Instant.now();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            settings.apply(new org.mentorship.contracts.events.PersonSettingsChanged(
                    berlin, "Europe/Berlin", java.util.Map.of(), now));
            settings.apply(new org.mentorship.contracts.events.PersonSettingsChanged(
                    feedOnly, "Asia/Tokyo", java.util.Map.of("evaluation-reminder", "feed"), now));
        });
        UUID id = Program.started(Program.user("ana"), List.of(berlin, feedOnly), 30); // evaluation 1 is overdue
        runTwice();
        Instant due = Instant.parse(Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .jsonPath()
                .getString("evaluations[0].dueAt"));
        String body = String.valueOf(
                TestSmtp.messagesTo(berlin + "@example.org").get(0).getContent());
        assertThat(body)
                .contains(org.mentorship.platform.time.LocalTimes.forMail(due, java.time.ZoneId.of("Europe/Berlin")));
        assertThat(TestSmtp.messagesTo(feedOnly + "@example.org")).isEmpty();
        assertThat(Program.count(
                        "select count(*) from notice where person_id = ?1 and kind = 'evaluation-reminder'", feedOnly))
                .isEqualTo(1);
        assertThat(Program.count(
                        "select count(*) from notice where person_id = ?1 and kind = 'evaluation-reminder'", berlin))
                .isEqualTo(1);
    }

    @Test
    void twoReplicasRunningTheJobAtOnceSendEachReminderOnce() {
        String mentor = Program.user("mia");
        Program.started(Program.user("ana"), List.of(mentor), 30); // evaluation 1 is 2 days overdue
        Concurrently.run(Duration.ofSeconds(90), List.<java.util.concurrent.Callable<Integer>>of(job::run, job::run));
        // A send that failed (once in CI the SMTP answer took longer than the mailer's 10 s timeout) is retried by the
        // next run, and still sent once: one more run, then exactly one mail.
        job.run();
        assertThat(subjects(mentor + "@example.org"))
                .hasSize(1)
                .first()
                .asString()
                .endsWith("is overdue");
    }

    /**
     * Runs the job until a run sends nothing, then once more, which must send nothing either: nothing is sent twice
     * (each mailbox's count says so). A reminder whose send failed is sent by the next run, as it should: now and then
     * a send to the test SMTP server times out (10 s, no answer; seen in CI, cause not found), and the job mails every
     * due reminder in the database, other tests' too.
     */
    private void runTwice() {
        int runs = 1;
        while (job.run() > 0) {
            assertThat(++runs).as("runs before one sent nothing").isLessThanOrEqualTo(3);
        }
        assertThat(job.run()).isZero();
    }

    /** As the mail states it: in the mentor's zone (UTC when unknown) and in UTC. */
    private static String dueAt(UUID id) {
        return org.mentorship.platform.time.LocalTimes.forMail(
                java.time.Instant.parse(Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                        .jsonPath()
                        .getString("evaluations[0].dueAt")),
                java.time.ZoneOffset.UTC);
    }

    private static List<String> subjects(String address) {
        return TestSmtp.messagesTo(address).stream().map(ReminderTest::subject).toList();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> escalations(String mentee) {
        return TestSmtp.messagesTo("coordinators@mentorship.local").stream()
                .map(ReminderTest::subject)
                .filter(s -> s.contains(mentee))
                .toList();
    }
}
