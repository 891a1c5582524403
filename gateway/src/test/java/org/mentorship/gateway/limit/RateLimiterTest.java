package org.mentorship.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aClientGetsItsCapacityThenWaits() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), 100);
        assertEquals(new RateLimiter.Decision(true, 1, 0), limiter.tryConsume("alice"));
        assertEquals(new RateLimiter.Decision(true, 0, 0), limiter.tryConsume("alice"));
        RateLimiter.Decision refused = limiter.tryConsume("alice");
        assertFalse(refused.allowed());
        // One token comes back every 30 s.
        assertTrue(
                refused.retryAfterSeconds() > 25 && refused.retryAfterSeconds() <= 30,
                "retry after " + refused.retryAfterSeconds());
        assertTrue(limiter.tryConsume("bob").allowed(), "each client has its own bucket");
    }

    @Test
    void bucketsRefillOverThePeriod() {
        ManualTime time = new ManualTime();
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(2), 100, time);
        assertTrue(limiter.tryConsume("alice").allowed());
        time.advance(Duration.ofMillis(1_900));
        assertFalse(limiter.tryConsume("alice").allowed());
        time.advance(Duration.ofMillis(100));
        assertTrue(limiter.tryConsume("alice").allowed());
    }

    @Test
    void clientsQuietForAWholePeriodAreForgotten() {
        ManualTime time = new ManualTime();
        RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(5), 100, time);
        limiter.tryConsume("alice");
        limiter.tryConsume("bob");
        time.advance(Duration.ofMillis(4_999));
        assertEquals(2, limiter.size(), "buckets in use are kept");
        time.advance(Duration.ofMillis(1));
        assertEquals(0, limiter.size());
    }

    @Test
    void aFloodOfDistinctClientsStaysBoundedAndARegularKeepsHerBudget() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofHours(1), 1_000);
        // A regular, seen often, and already part-way through her budget.
        for (int i = 0; i < 2; i++) {
            assertTrue(limiter.tryConsume("rita").allowed());
        }
        for (int i = 0; i < 100_000; i++) {
            assertTrue(
                    limiter.tryConsume("203.0." + (i / 256) + "." + (i % 256)).allowed());
            if (i % 100 == 0) {
                limiter.peek("rita");
            }
        }
        assertTrue(limiter.size() <= 1_000, "buckets after the flood: " + limiter.size());
        assertEquals(new RateLimiter.Decision(true, 0, 0), limiter.tryConsume("rita"), "her bucket survived the flood");
        assertFalse(limiter.tryConsume("rita").allowed());
    }

    @Test
    void peekingSpendsNothingAndCreatesNoBucket() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofHours(1), 100);
        assertTrue(limiter.peek("mallory").allowed());
        assertEquals(0, limiter.size());
        assertTrue(limiter.tryConsume("mallory").allowed());
        RateLimiter.Decision spent = limiter.peek("mallory");
        assertFalse(spent.allowed());
        assertTrue(spent.retryAfterSeconds() > 3_000, "retry after " + spent.retryAfterSeconds());
    }

    /** Time that moves only when the test says so, so a slow machine cannot refill a bucket early. */
    private static final class ManualTime implements TimeMeter {
        private long nanos;

        void advance(Duration by) {
            nanos += by.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    @Test
    void aLimitNeedsACapacityAndAPeriod() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1), 100));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO, 100));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ofMinutes(1), 0));
    }
}
