package org.mentorship.certificate.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.time.ProgramClock;
import org.mentorship.testsupport.TestSmtp;

/** The survey's opening and the exam reminder reach the mentee once each, stating the due time in her zone. */
@QuarkusTest
class CompletionNoticesTest {

    @Inject
    CompletionNoticeJob job;

    @Inject
    ProgramClock clock;

    @Inject
    PersonSettings settings;

    @Test
    void theSurveyOpensWithANoticeAndTheReminderGoesOutOnceBeforeTheDueTime() {
        Program p = Program.next().onboard();
        QuarkusTransaction.requiringNew()
                .run(() ->
                        settings.apply(new PersonSettingsChanged(p.mentee, "Europe/Berlin", Map.of(), Instant.now())));
        p.defineExam("Storage internals", 70, true);
        // Completed 24 days ago: the requirements are due in 6 days, within the reminder's 7.
        Program.publish(new MentorshipCompleted(
                p.mentorshipId, p.mentee, p.projectId, clock.instant().minus(Duration.ofDays(24)), null, null));
        p.awaitCompleted();
        String address = p.mentee + "@example.org";

        runUntilQuiet();
        assertThat(subjects(address)).hasSize(2);
        assertThat(subjects(address)).anyMatch(s -> s.startsWith("Your feedback survey is open: due"));
        assertThat(subjects(address)).anyMatch(s -> s.startsWith("Reminder:"));
        assertThat(subjects(address)).allMatch(s -> s.contains("Europe/Berlin") && s.contains("UTC"));
        assertThat(count("select count(*) from notice where person_id = ?1 and kind = 'survey-open'", p.mentee))
                .isEqualTo(1);
        assertThat(count("select count(*) from notice where person_id = ?1 and kind = 'exam-reminder'", p.mentee))
                .isEqualTo(1);
        runUntilQuiet();
        assertThat(subjects(address)).hasSize(2);
    }

    @Test
    void aMenteeWhoChoseTheFeedGetsNoMail() {
        Program p = Program.next().onboard();
        QuarkusTransaction.requiringNew()
                .run(() -> settings.apply(new PersonSettingsChanged(
                        p.mentee, "Asia/Tokyo", Map.of("survey-open", "feed"), Instant.now())));
        Program.publish(p.completed());
        p.awaitCompleted();
        runUntilQuiet();
        assertThat(subjects(p.mentee + "@example.org")).isEmpty();
        assertThat(count("select count(*) from notice where person_id = ?1 and kind = 'survey-open'", p.mentee))
                .isEqualTo(1);
    }

    private void runUntilQuiet() {
        int runs = 0;
        while (job.run() > 0) {
            assertThat(++runs).isLessThanOrEqualTo(3);
        }
    }

    private static List<String> subjects(String address) {
        return TestSmtp.messagesTo(address).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
