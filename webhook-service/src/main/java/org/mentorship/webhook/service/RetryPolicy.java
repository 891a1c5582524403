package org.mentorship.webhook.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code initial}, doubling with each failed attempt up to {@code max}, and
 * for the last time at {@code giveUpAfter} past its first attempt; after that it gives up.
 */
public record RetryPolicy(Duration initial, Duration max, Duration giveUpAfter) {

    /** After failed attempt number {@code attempts} (from 1) made at {@code now}: the next one, or empty to give up. */
    public Optional<Instant> next(Instant firstAttempt, Instant now, int attempts) {
        Instant deadline = firstAttempt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Duration wait = initial.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        if (wait.compareTo(max) > 0) {
            wait = max;
        }
        Instant next = now.plus(wait);
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
