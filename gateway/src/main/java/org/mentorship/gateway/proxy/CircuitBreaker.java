package org.mentorship.gateway.proxy;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A small circuit breaker for one service. CLOSED: calls go through; this many failures in a row open it.
 * OPEN: calls are refused at once (the gateway answers 503 itself) until the open period is over. HALF_OPEN: one
 * trial call goes through; its success closes the circuit, its failure opens it again. A trial that never reports
 * back (a lost request) does not keep the circuit half open: after another open period a new trial is let in.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    /** When the circuit opened (OPEN) or the trial call started (HALF_OPEN). */
    private long since;

    public CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be >= 1");
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a call may go to the service now; a true answer must be followed by {@link #succeeded} or {@link #failed}. */
    public synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        return switch (state) {
            case CLOSED -> true;
            case OPEN, HALF_OPEN -> {
                if (now - since < openNanos) {
                    yield false;
                }
                state = State.HALF_OPEN;
                since = now;
                yield true;
            }
        };
    }

    public synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    public synchronized void failed() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            since = nanoClock.getAsLong();
        }
    }

    public synchronized State state() {
        return state;
    }

    /** Whole seconds until a trial call will be let through (at least 1), for Retry-After. */
    public synchronized long retryAfterSeconds() {
        long left = openNanos - (nanoClock.getAsLong() - since);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }
}
