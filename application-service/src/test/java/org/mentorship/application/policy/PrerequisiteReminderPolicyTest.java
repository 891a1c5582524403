package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.model.PrerequisiteStatus.APPROVED;
import static org.mentorship.application.model.PrerequisiteStatus.NOT_STARTED;
import static org.mentorship.application.model.PrerequisiteStatus.RETURNED;
import static org.mentorship.application.model.PrerequisiteStatus.SUBMITTED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrerequisiteReminderPolicyTest {

    private static final Instant REVIEW_END = Instant.parse("2026-07-14T21:59:59Z");
    private final PrerequisiteReminderPolicy policy =
            new PrerequisiteReminderPolicy(PrerequisiteReminderPolicy.DEFAULT_DAYS_BEFORE);

    @Test
    void aPrerequisiteNotHandedInIsRemindedThreeDaysBeforeTheReviewEnd() {
        Instant threeDaysBefore = REVIEW_END.minus(Duration.ofDays(3));
        assertThat(policy.due(REVIEW_END, List.of(APPROVED, NOT_STARTED), threeDaysBefore))
                .isTrue();
        assertThat(policy.due(REVIEW_END, List.of(RETURNED), REVIEW_END.minusSeconds(1)))
                .isTrue();
        assertThat(policy.due(REVIEW_END, List.of(NOT_STARTED), threeDaysBefore.minusSeconds(1)))
                .as("too early")
                .isFalse();
    }

    @Test
    void nothingIsRemindedOnceTheReviewEnded() {
        assertThat(policy.due(REVIEW_END, List.of(NOT_STARTED), REVIEW_END)).isFalse();
    }

    @Test
    void everyPrerequisiteHandedInNeedsNoReminder() {
        assertThat(policy.due(REVIEW_END, List.of(SUBMITTED, APPROVED), REVIEW_END.minus(Duration.ofDays(1))))
                .isFalse();
    }

    @Test
    void aDeploymentChoosesTheDaysButAtLeastOne() {
        assertThat(new PrerequisiteReminderPolicy(7).remindFrom(REVIEW_END))
                .isEqualTo(REVIEW_END.minus(Duration.ofDays(7)));
        assertThat(new PrerequisiteReminderPolicy(0).remindFrom(REVIEW_END))
                .isEqualTo(REVIEW_END.minus(Duration.ofDays(1)));
    }
}
