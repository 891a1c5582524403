package org.mentorship.gateway.limit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket per client. A bucket that has filled up again is forgotten (see {@link #forgetIdle()}), so
 * the map holds only clients seen recently, not every address that ever called.
 */
public final class RateLimiter {

    /** The outcome for one request: allowed (with what is left) or refused (with when to come back). */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final Duration period;
    private final TimeMeter time;

    public RateLimiter(long capacity, Duration period) {
        this(capacity, period, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the time source the buckets refill by (tests move it by hand). */
    RateLimiter(long capacity, Duration period, TimeMeter time) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("Rate limit needs a capacity >= 1 and a positive period");
        }
        this.capacity = capacity;
        this.period = period;
        this.time = time;
    }

    public Decision tryConsume(String client) {
        ConsumptionProbe probe = buckets.computeIfAbsent(client, c -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        // Rounded up, and at least 1: "Retry-After: 0" would invite an immediate retry that fails again.
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, 0, seconds);
    }

    /** Drops the buckets that are full again: their clients have been quiet for a whole period. */
    public void forgetIdle() {
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= capacity);
    }

    int size() {
        return buckets.size();
    }

    private Bucket newBucket() {
        // Greedy refill: tokens come back evenly over the period, not all at once at its end.
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .withCustomTimePrecision(time)
                .build();
    }
}
