package org.mentorship.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.mentorship.gateway.proxy.CircuitBreaker.State;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAfterTheThresholdOfFailuresInARow() {
        fail(2);
        breaker.succeeded(); // a success in between starts the count again
        fail(2);
        assertEquals(State.CLOSED, breaker.state());
        fail(1);
        assertEquals(State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.retryAfterSeconds());
        advance(Duration.ofMillis(9_500));
        assertFalse(breaker.tryAcquire());
        assertEquals(1, breaker.retryAfterSeconds());
    }

    @Test
    void afterTheOpenPeriodOneTrialGoesThroughAndItsSuccessCloses() {
        fail(3);
        advance(Duration.ofSeconds(10));
        assertTrue(breaker.tryAcquire());
        assertEquals(State.HALF_OPEN, breaker.state());
        assertFalse(breaker.tryAcquire(), "only one trial at a time");
        breaker.succeeded();
        assertEquals(State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aFailedTrialOpensAgainForAWholePeriod() {
        fail(3);
        advance(Duration.ofSeconds(10));
        assertTrue(breaker.tryAcquire());
        breaker.failed();
        assertEquals(State.OPEN, breaker.state());
        advance(Duration.ofSeconds(5));
        assertFalse(breaker.tryAcquire());
        advance(Duration.ofSeconds(5));
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aTrialThatNeverReportsDoesNotBlockForever() {
        fail(3);
        advance(Duration.ofSeconds(10));
        assertTrue(breaker.tryAcquire());
        advance(Duration.ofSeconds(10));
        assertTrue(breaker.tryAcquire(), "a new trial after another period");
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.failed();
        }
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
