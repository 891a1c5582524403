package org.mentorship.evaluation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorAssigned;
import org.mentorship.contracts.events.MentorRemoved;
import org.mentorship.evaluation.service.ReminderJob;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.TestSmtp;

/**
 * Issue 18, MentorAssigned and MentorRemoved (keyed by the project) change the mentors of the project's running
 * mentorships: a replacement submits the open evaluation and gets its reminders, the replaced mentor neither; a
 * redelivery or a second event for the same fact changes nothing, a removal of someone not on the mentorship is a
 * no-op, and a mentorship whose MenteeOnboarded is read after such a change takes it when it starts.
 */
@QuarkusTest
class MentorChangesTest {

    @Inject
    ReminderJob reminders;

    @Test
    void aReplacementSubmitsTheOpenEvaluationAndGetsItsRemindersAndTheReplacedMentorNeither() {
        String mia = Program.user("mia");
        String max = Program.user("max");
        MenteeOnboarded onboarded = onboarded(mia, 26); // evaluation 1 open, due in 2 days
        UUID mentorship = Program.start(onboarded);
        Program.submit(max, mentorship, 1, "PASS").then().statusCode(403);

        publish(assigned(onboarded, max, mia));
        publish(new MentorRemoved(onboarded.projectId(), mia, MentorRemoved.REPLACED, max, null, now()));
        awaitMentors(mentorship, List.of(max));

        while (reminders.run() > 0) {
            // until every due reminder went out
        }
        assertThat(TestSmtp.messagesTo(max + "@example.org")).hasSize(1);
        assertThat(TestSmtp.messagesTo(mia + "@example.org")).isEmpty();
        Program.submit(mia, mentorship, 1, "PASS").then().statusCode(403);
        Program.submit(max, mentorship, 1, "PASS").then().statusCode(201);
    }

    @Test
    void aRedeliveryOrASecondEventForTheSameFactChangesNothingTwice() {
        String mia = Program.user("mia");
        String max = Program.user("max");
        MenteeOnboarded onboarded = onboarded(mia, 5);
        UUID mentorship = Program.start(onboarded);
        MentorAssigned event = assigned(onboarded, max, null);
        UUID eventId = publish(event);
        awaitMentors(mentorship, List.of(mia, max));
        long version = version(mentorship);

        Program.kafka().publish(event, eventId, Program.SOURCE); // redelivered
        UUID twin = publish(event); // the same fact under a new event id
        awaitInbox(twin);
        assertThat(inboxRows(eventId)).isEqualTo(1);
        assertThat(version(mentorship)).isEqualTo(version);
        assertThat(mentors(mentorship)).containsExactlyInAnyOrder(mia, max);

        // A mentor who is on none of the project's mentorships leaves: nothing to change.
        awaitInbox(publish(new MentorRemoved(
                onboarded.projectId(), Program.user("zoe"), MentorRemoved.RESIGNED, null, "no time", now())));
        assertThat(version(mentorship)).isEqualTo(version);

        // She resigns: gone, once; the same removal again changes nothing.
        MentorRemoved resigned =
                new MentorRemoved(onboarded.projectId(), max, MentorRemoved.RESIGNED, null, null, now());
        publish(resigned);
        awaitMentors(mentorship, List.of(mia));
        long afterRemoval = version(mentorship);
        awaitInbox(publish(resigned));
        assertThat(version(mentorship)).isEqualTo(afterRemoval);
        Program.submit(max, mentorship, 1, "PASS").then().statusCode(403);
    }

    @Test
    void anEndedMentorshipKeepsItsMentorsAndOnlyTheProjectsMentorshipsChange() {
        String mia = Program.user("mia");
        String max = Program.user("max");
        MenteeOnboarded onboarded = onboarded(mia, 5);
        UUID running = Program.start(onboarded);
        UUID elsewhere = Program.started(Program.user("bo"), List.of(mia), 5); // another project, same mentor
        UUID ended = Program.start(sameProject(onboarded, Program.user("cy")));
        Program.asCoordinator("POST", "/api/v1/mentorships/" + ended + "/end", "{\"reason\":\"Left the program\"}")
                .then()
                .statusCode(200);

        publish(new MentorRemoved(onboarded.projectId(), mia, MentorRemoved.REPLACED, max, null, now()));
        publish(assigned(onboarded, max, mia));
        awaitMentors(running, List.of(max));
        assertThat(mentors(elsewhere)).containsExactly(mia);
        assertThat(mentors(ended)).containsExactly(mia);
    }

    @Test
    void aMentorshipStartedAfterAChangeItPredatesTakesThatChange() {
        String mia = Program.user("mia");
        String max = Program.user("max");
        MenteeOnboarded onboarded = onboarded(mia, 5);
        Instant later = onboarded.onboardedAt().plusSeconds(60);
        // application-service onboarded the mentee, then max replaced mia; the project's events are read first.
        awaitInbox(publish(new MentorAssigned(
                onboarded.projectId(),
                onboarded.termId(),
                onboarded.organization(),
                max,
                max + "@example.org",
                MentorAssigned.PRIMARY,
                mia,
                later)));
        awaitInbox(publish(new MentorRemoved(onboarded.projectId(), mia, MentorRemoved.REPLACED, max, null, later)));

        UUID mentorship = Program.start(onboarded);
        assertThat(mentors(mentorship)).containsExactly(max);
    }

    private static MenteeOnboarded onboarded(String mentor, int daysAgo) {
        LocalDate start = Program.today().minusDays(daysAgo);
        return Program.onboarded(Program.user("ana"), List.of(mentor), 3, start, start.plusDays(83));
    }

    /** Another mentee's mentorship on the same project, with the same mentors. */
    private static MenteeOnboarded sameProject(MenteeOnboarded o, String mentee) {
        return new MenteeOnboarded(
                UUID.randomUUID(),
                UUID.randomUUID(),
                o.termId(),
                o.termName(),
                o.projectId(),
                o.projectTitle(),
                o.organization(),
                mentee,
                "Cy " + mentee,
                mentee + "@example.org",
                o.mentorIds(),
                o.mentorContacts(),
                o.evaluationCount(),
                o.programStart(),
                o.programEnd(),
                o.onboardedAt());
    }

    private static MentorAssigned assigned(MenteeOnboarded onboarded, String mentor, String replaces) {
        return new MentorAssigned(
                onboarded.projectId(),
                onboarded.termId(),
                onboarded.organization(),
                mentor,
                mentor + "@example.org",
                replaces == null ? MentorAssigned.CO_MENTOR : MentorAssigned.PRIMARY,
                replaces,
                now());
    }

    private static Instant now() {
        return Program.clock().instant();
    }

    private static UUID publish(DomainEvent event) {
        UUID id = UUID.randomUUID();
        Program.kafka().publish(event, id, Program.SOURCE);
        return id;
    }

    private static List<String> mentors(UUID mentorship) {
        return given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/mentorships/" + mentorship)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("mentorIds", String.class);
    }

    private static void awaitMentors(UUID mentorship, List<String> expected) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    List<String> now = mentors(mentorship);
                    return now.size() == expected.size() && now.containsAll(expected);
                });
    }

    private static void awaitInbox(UUID eventId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(eventId) == 1);
    }

    private static long inboxRows(UUID eventId) {
        return Program.count("select count(*) from inbox_message where event_id = ?1", eventId);
    }

    private static long version(UUID mentorship) {
        return Program.count("select version from mentorship where id = ?1", mentorship);
    }
}
