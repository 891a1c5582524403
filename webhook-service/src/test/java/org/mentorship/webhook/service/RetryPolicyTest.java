package org.mentorship.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));
    private final Instant first = Instant.parse("2026-05-20T14:00:00Z");

    @Test
    void waitsDoubleFromThirtySecondsUpToAnHour() {
        assertThat(policy.next(first, first, 1)).contains(first.plusSeconds(30));
        assertThat(policy.next(first, first, 2)).contains(first.plusSeconds(60));
        assertThat(policy.next(first, first, 5)).contains(first.plusSeconds(480));
        assertThat(policy.next(first, first, 9)).contains(first.plus(Duration.ofHours(1)));
        assertThat(policy.next(first, first, 40)).contains(first.plus(Duration.ofHours(1)));
    }

    @Test
    void theLastAttemptIsAtTheDeadlineThenItGivesUp() {
        Instant late = first.plus(Duration.ofHours(23).plusMinutes(50));
        assertThat(policy.next(first, late, 30)).contains(first.plus(Duration.ofHours(24)));
        assertThat(policy.next(first, first.plus(Duration.ofHours(24)), 31)).isEmpty();
    }
}
