package org.mentorship.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aClientGetsItsCapacityThenWaits() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1));
        assertEquals(new RateLimiter.Decision(true, 1, 0), limiter.tryConsume("alice"));
        assertEquals(new RateLimiter.Decision(true, 0, 0), limiter.tryConsume("alice"));
        RateLimiter.Decision refused = limiter.tryConsume("alice");
        assertFalse(refused.allowed());
        // One token comes back every 30 s.
        assertTrue(refused.retryAfterSeconds() > 25 && refused.retryAfterSeconds() <= 30, "retry after " + refused.retryAfterSeconds());
        assertTrue(limiter.tryConsume("bob").allowed(), "each client has its own bucket");
    }

    @Test
    void bucketsRefillOverThePeriod() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMillis(200));
        assertTrue(limiter.tryConsume("alice").allowed());
        assertFalse(limiter.tryConsume("alice").allowed());
        Thread.sleep(300);
        assertTrue(limiter.tryConsume("alice").allowed());
    }

    @Test
    void quietClientsAreForgotten() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(5, Duration.ofMillis(100));
        limiter.tryConsume("alice");
        limiter.tryConsume("bob");
        limiter.forgetIdle();
        assertEquals(2, limiter.size(), "buckets in use are kept");
        Thread.sleep(150);
        limiter.forgetIdle();
        assertEquals(0, limiter.size());
    }

    @Test
    void aLimitNeedsACapacityAndAPeriod() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO));
    }
}
