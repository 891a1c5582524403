package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Participation is recorded once it happened, and counted in the evaluation period it happened in. */
class ParticipationPolicyTest {

    private final Instant now = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void participationIsRecordedOnceItHappened() {
        assertThatCode(() -> ParticipationPolicy.requireHappened(now, now)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ParticipationPolicy.requireHappened(now.plusSeconds(1), now))
                .extracting(Fixtures::slugOf)
                .isEqualTo("participation-in-future");
    }

    @Test
    void aPeriodRunsFromThePreviousDueInstantUpToItsOwn() {
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        Instant to = Instant.parse("2026-03-30T00:00:00Z");
        assertThat(ParticipationPolicy.inPeriod(from, from, to)).isTrue();
        assertThat(ParticipationPolicy.inPeriod(to.minusSeconds(1), from, to)).isTrue();
        assertThat(ParticipationPolicy.inPeriod(to, from, to)).isFalse();
        assertThat(ParticipationPolicy.inPeriod(from.minusSeconds(1), from, to)).isFalse();
        assertThat(ParticipationPolicy.inPeriod(null, from, to)).isFalse();
    }
}
