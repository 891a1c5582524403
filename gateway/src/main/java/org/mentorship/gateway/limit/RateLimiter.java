package org.mentorship.gateway.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * One token bucket per client, in a bounded table (Caffeine): at most {@code maxClients} buckets, and a bucket
 * nobody touched for a whole period is dropped (it has filled up again, so forgetting it changes nothing). A flood
 * of distinct keys (addresses, made-up subjects) thus costs a bounded amount of memory; Caffeine's admission
 * policy keeps the buckets of clients seen often over one-off keys.
 */
public final class RateLimiter {

    /** The outcome for one request: allowed (with what is left) or refused (with when to come back). */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}

    private final Cache<String, Bucket> buckets;
    private final long capacity;
    private final Duration period;
    private final TimeMeter time;

    public RateLimiter(long capacity, Duration period, long maxClients) {
        this(capacity, period, maxClients, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With the time source the buckets refill and expire by (tests move it by hand). */
    RateLimiter(long capacity, Duration period, long maxClients, TimeMeter time) {
        if (capacity < 1 || period.isZero() || period.isNegative() || maxClients < 1) {
            throw new IllegalArgumentException(
                    "Rate limit needs a capacity >= 1, a positive period and room for >= 1 client");
        }
        this.capacity = capacity;
        this.period = period;
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(period)
                .ticker(time::currentTimeNanos)
                // Eviction work on the calling thread: no pool thread, and bounded right after each write.
                .executor(Runnable::run)
                .build();
    }

    public Decision tryConsume(String client) {
        ConsumptionProbe probe = buckets.get(client, c -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        return new Decision(false, 0, seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whether this client has nothing left, without spending anything (and without a bucket for a new client). */
    public Decision peek(String client) {
        Bucket bucket = buckets.getIfPresent(client);
        if (bucket == null) {
            return new Decision(true, capacity, 0);
        }
        long available = bucket.getAvailableTokens();
        if (available > 0) {
            return new Decision(true, available, 0);
        }
        return new Decision(false, 0, seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** How many requests a client may make per period (the X-RateLimit-Limit header). */
    public long capacity() {
        return capacity;
    }

    /** Buckets held now (after pending evictions). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static long seconds(long nanos) {
        // Rounded up, and at least 1: "Retry-After: 0" would invite an immediate retry that fails again.
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private Bucket newBucket() {
        // Greedy refill: tokens come back evenly over the period, not all at once at its end.
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, period)
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }
}
