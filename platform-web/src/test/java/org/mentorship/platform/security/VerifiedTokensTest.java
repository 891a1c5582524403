package org.mentorship.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.MovableClock;

class VerifiedTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(2, Duration.ofSeconds(60), clock);
    private final String alice = "alice";

    @Test
    void aVerifiedTokenStandsForWhatItsCheckGaveAgain() {
        tokens.keep("token-a", alice, clock.instant().plusSeconds(3600));
        assertEquals(Optional.of(alice), tokens.known("token-a"));
    }

    @Test
    void aTokenNeverVerifiedIsNotKnown() {
        assertTrue(tokens.known("token-b").isEmpty());
    }

    @Test
    void aTokenIsNotBelievedPastItsExpiry() {
        tokens.keep("token-a", alice, clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertTrue(tokens.known("token-a").isEmpty());
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterKeepFor() {
        tokens.keep("token-a", alice, clock.instant().plusSeconds(3600));
        clock.advance(Duration.ofSeconds(59));
        assertEquals(Optional.of(alice), tokens.known("token-a"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(tokens.known("token-a").isEmpty());
    }

    @Test
    void aFloodOfTokensIsBounded() {
        for (int i = 0; i < 1000; i++) {
            tokens.keep("token-" + i, alice, clock.instant().plusSeconds(3600));
        }
        long known = java.util.stream.IntStream.range(0, 1000)
                .filter(i -> tokens.known("token-" + i).isPresent())
                .count();
        assertTrue(known <= 2, "at most the table's size, was " + known);
    }
}
