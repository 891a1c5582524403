package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.model.ReminderKind;

/** Reminder phases and escalation, with the default durations (3 days, 1 day, 3 days). */
class ReminderPolicyTest {

    private final ReminderPolicy policy =
            new ReminderPolicy(Duration.ofDays(3), Duration.ofDays(1), Duration.ofDays(3));
    private final Instant due = Instant.parse("2026-03-30T00:00:00Z");

    @Test
    void remindersStartThreeDaysBeforeTheDueInstant() {
        assertThat(policy.remindDueBefore(due.minus(Duration.ofDays(3)))).isEqualTo(due);
        assertThat(policy.phase(due.minus(Duration.ofDays(3)), due)).isEqualTo(ReminderKind.UPCOMING);
    }

    @Test
    void theLastDayIsDueTodayAndFromTheDueInstantOnItIsOverdue() {
        assertThat(policy.phase(due.minus(Duration.ofDays(1)), due)).isEqualTo(ReminderKind.DUE_TODAY);
        assertThat(policy.phase(due.minusSeconds(1), due)).isEqualTo(ReminderKind.DUE_TODAY);
        assertThat(policy.phase(due, due)).isEqualTo(ReminderKind.OVERDUE);
    }

    @Test
    void anEvaluationMissingThreeDaysAfterItsDueInstantIsEscalated() {
        assertThat(policy.escalates(due.plus(Duration.ofDays(3)).minusSeconds(1), due))
                .isFalse();
        assertThat(policy.escalates(due.plus(Duration.ofDays(3)), due)).isTrue();
    }
}
