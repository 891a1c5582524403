package org.mentorship.gateway.proxy;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * What stands between the gateway and one service: a bound on the calls in flight to it, and its circuit breaker
 * (SmallRye Fault Tolerance). The breaker opens when the last {@code failureThreshold} calls all failed (the
 * service unreachable, too slow, or answering 502/503/504), answers by itself while open, and lets one trial call
 * through after the open period. Only the service's own failures count: see {@link NotAnUpstreamFailure}.
 */
public final class UpstreamGuard {

    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);

    private final Upstream upstream;
    private final Guard guard;
    private final long openNanos;
    private final int maxInFlight;
    /*
     * A plain JDK semaphore rather than SmallRye's bulkhead: that one always queues at least one call
     * (queueSize >= 1), and the point here is to refuse the excess at once instead of making it wait.
     */
    private final Semaphore inFlight;
    private volatile CircuitBreakerState state = CircuitBreakerState.CLOSED;
    private volatile long openedAt;

    UpstreamGuard(Upstream upstream, int failureThreshold, Duration openDuration, int maxInFlight) {
        if (failureThreshold < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException(
                    "Service " + upstream.name() + ": failure threshold and in-flight limit must be >= 1");
        }
        this.upstream = upstream;
        this.openNanos = openDuration.toNanos();
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
        this.guard = Guard.create()
                // Named, so that SmallRye's own metrics (ft_*{method="upstream ..."}) cover it.
                .withDescription("upstream " + upstream.name())
                .withCircuitBreaker()
                // The last N calls all failed: "N failures in a row", whatever happened before them.
                .requestVolumeThreshold(failureThreshold)
                .failureRatio(1.0)
                .delay(openDuration.toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .when(failure -> !(failure instanceof NotAnUpstreamFailure))
                .onStateChange(this::changed)
                .done()
                .build();
    }

    public Upstream upstream() {
        return upstream;
    }

    /**
     * Runs a call to the service through the circuit breaker. The returned future fails with the call's own
     * failure, or at once with {@link #isCircuitOpen} true when the circuit is open (the call is then not made).
     */
    @SuppressWarnings("unchecked")
    public <T> Future<T> call(Supplier<Future<T>> call) {
        Context context = Vertx.currentContext();
        CompletionStage<T> stage;
        try {
            stage = (CompletionStage<T>) guard.get(() -> call.get().toCompletionStage(), CompletionStage.class);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return context == null ? Future.fromCompletionStage(stage) : Future.fromCompletionStage(stage, context);
    }

    public static boolean isCircuitOpen(Throwable failure) {
        return failure instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
    }

    /** Takes one of the service's in-flight places; false when all are taken (then answer, do not wait). */
    public boolean tryEnter() {
        return inFlight.tryAcquire();
    }

    /** Gives back a place taken by {@link #tryEnter}; exactly once per place. */
    public void leave() {
        inFlight.release();
    }

    public int inFlight() {
        return maxInFlight - inFlight.availablePermits();
    }

    /** Open or half-open: calls are (mostly) refused. */
    public boolean circuitOpen() {
        return state != CircuitBreakerState.CLOSED;
    }

    /** Whole seconds until a trial call will be let through (at least 1), for Retry-After. */
    public long retryAfterSeconds() {
        if (state != CircuitBreakerState.OPEN) {
            return 1;
        }
        long left = openNanos - (System.nanoTime() - openedAt);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    private void changed(CircuitBreakerState next) {
        if (next == CircuitBreakerState.OPEN) {
            openedAt = System.nanoTime();
        }
        CircuitBreakerState before = state;
        state = next;
        LOG.warnf("Circuit to %s: %s -> %s", upstream.name(), before, next);
    }
}
