package org.mentorship.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The evaluation schedule: evenly spread, whole days, the last at the end of the term's last day. */
class ScheduleTest {

    @Test
    void threeEvaluationsOverTwelveWeeks() {
        assertThat(Schedule.dueInstants(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 24), 3))
                .containsExactly(
                        Instant.parse("2026-03-30T00:00:00Z"),
                        Instant.parse("2026-04-27T00:00:00Z"),
                        Instant.parse("2026-05-25T00:00:00Z"));
    }

    @Test
    void unevenTermsRoundToWholeDaysAndTheLastIsAlwaysTheEnd() {
        // 90 days / 4 = 22.5: 23 (rounded), 45, 68 (67.5 rounded), 90.
        assertThat(Schedule.dueInstants(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 4))
                .containsExactly(
                        Instant.parse("2026-01-24T00:00:00Z"), Instant.parse("2026-02-15T00:00:00Z"),
                        Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Test
    void theCountIsThreeOrFourAndATermCannotEndBeforeItStarts() {
        assertThat(Schedule.evaluationCount(4)).isEqualTo(4);
        assertThat(Schedule.evaluationCount(3)).isEqualTo(3);
        assertThat(Schedule.evaluationCount(0)).isEqualTo(3);
        assertThatThrownBy(() -> Schedule.dueInstants(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
