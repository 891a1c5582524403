package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** The evaluation schedule: evenly spread, whole days, the last at the end of the term's last day; extensions. */
class EvaluationScheduleTest {

    @Test
    void threeEvaluationsOverTwelveWeeks() {
        assertThat(EvaluationSchedule.dueInstants(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 24), 3))
                .containsExactly(
                        Instant.parse("2026-03-30T00:00:00Z"),
                        Instant.parse("2026-04-27T00:00:00Z"),
                        Instant.parse("2026-05-25T00:00:00Z"));
    }

    @Test
    void unevenTermsRoundToWholeDaysAndTheLastIsAlwaysTheEnd() {
        // 90 days / 4 = 22.5: 23 (rounded), 45, 68 (67.5 rounded), 90.
        assertThat(EvaluationSchedule.dueInstants(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 4))
                .containsExactly(
                        Instant.parse("2026-01-24T00:00:00Z"), Instant.parse("2026-02-15T00:00:00Z"),
                        Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Test
    void theCountIsThreeOrFourAndATermCannotEndBeforeItStarts() {
        assertThat(EvaluationSchedule.evaluationCount(4)).isEqualTo(4);
        assertThat(EvaluationSchedule.evaluationCount(3)).isEqualTo(3);
        assertThat(EvaluationSchedule.evaluationCount(0)).isEqualTo(3);
        assertThatThrownBy(() -> EvaluationSchedule.dueInstants(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWindowOpensSevenDaysBeforeTheDueInstant() {
        Instant due = Instant.parse("2026-03-30T00:00:00Z");
        Instant opens = EvaluationSchedule.windowOpensAt(due);
        assertThat(opens).isEqualTo(Instant.parse("2026-03-23T00:00:00Z"));
        assertThat(EvaluationSchedule.windowOpen(opens, opens.minusSeconds(1))).isFalse();
        assertThat(EvaluationSchedule.windowOpen(opens, opens)).isTrue();
    }

    @Test
    void aSubmissionAfterTheDueInstantIsLate() {
        Instant due = Instant.parse("2026-03-30T00:00:00Z");
        assertThat(EvaluationSchedule.isLate(due, due)).isFalse();
        assertThat(EvaluationSchedule.isLate(due, due.plusSeconds(1))).isTrue();
    }

    @Test
    void anExtensionMovesDueInstantsAndTheEndByWholeWeeks() {
        assertThat(EvaluationSchedule.extended(Instant.parse("2026-03-30T00:00:00Z"), 2))
                .isEqualTo(Instant.parse("2026-04-13T00:00:00Z"));
        assertThat(EvaluationSchedule.extended(LocalDate.of(2026, 5, 24), 2)).isEqualTo(LocalDate.of(2026, 6, 7));
    }

    @Test
    void anExtensionIsOneToFiveWeeks() {
        UUID id = UUID.randomUUID();
        assertThatCode(() -> EvaluationSchedule.requireExtension(id, 0, 5)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EvaluationSchedule.requireExtension(id, 0, 0))
                .isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).slug())
                .isEqualTo("extension-weeks-out-of-range");
        assertThatThrownBy(() -> EvaluationSchedule.requireExtension(id, 0, 6))
                .extracting(e -> ((ProblemException) e).slug())
                .isEqualTo("extension-weeks-out-of-range");
    }

    @Test
    void atMostFiveWeeksOfExtensionInTotal() {
        UUID id = UUID.randomUUID();
        assertThat(EvaluationSchedule.weeksLeft(3)).isEqualTo(2);
        assertThatCode(() -> EvaluationSchedule.requireExtension(id, 3, 2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EvaluationSchedule.requireExtension(id, 3, 3))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("already extended by 3 weeks; 2 are left")
                .extracting(e -> ((ProblemException) e).slug())
                .isEqualTo("extension-limit-exceeded");
    }
}
