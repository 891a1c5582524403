package org.mentorship.certificate.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One test per rule of RequirementsSchedule. */
class RequirementsScheduleTest {

    private static final Instant COMPLETED = Instant.parse("2026-05-29T10:00:00Z");
    private final RequirementsSchedule schedule = new RequirementsSchedule(Duration.ofDays(30), Duration.ofDays(7));

    @Test
    void rule1TheRequirementsAreDueThirtyDaysAfterTheMentorshipCompleted() {
        assertThat(schedule.dueAt(COMPLETED)).isEqualTo(Instant.parse("2026-06-28T10:00:00Z"));
    }

    @Test
    void rule2TheReminderGoesOutSevenDaysBeforeWhileSomethingIsMissing() {
        Instant due = schedule.dueAt(COMPLETED);
        assertThat(schedule.remindAt(due)).isEqualTo(Instant.parse("2026-06-21T10:00:00Z"));
        assertThat(schedule.remindNow(due, true, Instant.parse("2026-06-21T09:59:59Z")))
                .isFalse();
        assertThat(schedule.remindNow(due, true, Instant.parse("2026-06-21T10:00:00Z")))
                .isTrue();
        assertThat(schedule.remindNow(due, false, Instant.parse("2026-06-22T10:00:00Z")))
                .as("nothing missing")
                .isFalse();
        assertThat(schedule.remindNow(due, true, due))
                .as("the due instant passed")
                .isFalse();
    }
}
