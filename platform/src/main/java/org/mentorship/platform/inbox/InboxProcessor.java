package org.mentorship.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mentorship.contracts.MalformedEventException;
import org.mentorship.platform.deadletter.DeadLetterLog;
import org.mentorship.platform.tracing.EventTracing;

/**
 * Applies a Kafka record exactly once per consumer: parse, then in one transaction record it in the inbox and run
 * the handler. Nothing of a failed attempt is committed.
 * <p>
 * A failure that is provably about the event ({@link TransientFailures}) is recorded as a dead letter in this
 * service's database and rethrown, so the channel's dead-letter strategy parks the record on the dead-letter topic and
 * the records after it flow on. Any other failure is retried with capped exponential backoff, without limit, holding
 * the consumer's place: the events after it wait (order is kept) and Kafka pauses the partitions once the channel's
 * buffer is full while the consumer keeps polling, so it stays in its group through an outage of any length. The
 * connector's unprocessed-record age check, which would close the consumer after a minute, is off for that reason
 * (shared config); readiness reports the hold instead ({@link InboxReadiness}).
 */
@ApplicationScoped
public class InboxProcessor {

    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);

    /** What a replay of a dead letter came to. */
    public enum ReplayOutcome {
        /** The effect ran now. */
        APPLIED,
        /** The inbox already had the event: nothing was done. */
        ALREADY_APPLIED,
        /** It failed again, deterministically. */
        REFUSED,
        /** It failed in a way that may pass (the database is down): try again later. */
        POSTPONED
    }

    /** The outcome of one replay, with the failure when there was one. */
    public record Replay(ReplayOutcome outcome, String reason) {}

    /** Set on the thread of a replay: one attempt, whose outcome is reported instead of held or dead-lettered. */
    private static final ThreadLocal<Replay[]> REPLAYING = new ThreadLocal<>();

    private final Inbox inbox;
    private final HeldConsumers held;
    private final DeadLetterLog deadLetters;
    private final EventTracing tracing;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Object stop = new Object();
    private volatile boolean stopping;

    InboxProcessor(
            Inbox inbox,
            HeldConsumers held,
            DeadLetterLog deadLetters,
            EventTracing tracing,
            @ConfigProperty(name = "mentorship.inbox.retry.initial-delay", defaultValue = "100ms")
                    Duration initialDelay,
            @ConfigProperty(name = "mentorship.inbox.retry.max-delay", defaultValue = "10s") Duration maxDelay) {
        this.inbox = inbox;
        this.held = held;
        this.deadLetters = deadLetters;
        this.tracing = tracing;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * Returns true when the effect ran, false when the event was a duplicate. Runs in a span continuing the trace of
     * the request that caused the event, with its request id in the log lines ({@link EventTracing}).
     */
    public boolean process(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        return process(consumer, record, null, handler);
    }

    /**
     * As {@link #process(String, ConsumerRecord, EventHandler)} for a consumer that acts only on {@code handled}:
     * a trusted record of another type is skipped (false) without parsing its data or writing to the inbox.
     */
    public boolean process(
            String consumer, ConsumerRecord<String, String> record, HandledEvents handled, EventHandler handler) {
        if (handled != null && skipped(record, handled)) {
            Replay[] replay = REPLAYING.get();
            if (replay != null) {
                replay[0] = new Replay(ReplayOutcome.ALREADY_APPLIED, "The consumer does not act on this type");
            }
            return false;
        }
        try (EventTracing.Handling handling = tracing.handling(consumer, record)) {
            try {
                return apply(consumer, record, handler);
            } catch (RuntimeException e) {
                handling.failed(e);
                throw e;
            }
        }
    }

    /**
     * A trusted record of a type the consumer does not act on. The trust check comes first: a forged or misplaced
     * record is not skipped but goes on to be refused and dead-lettered like any malformed one.
     */
    private static boolean skipped(ConsumerRecord<String, String> record, HandledEvents handled) {
        try {
            return !handled.handles(IncomingEvent.trustedType(record));
        } catch (MalformedEventException refusedBelow) {
            return false;
        }
    }

    private boolean apply(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        Replay[] replay = REPLAYING.get();
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (MalformedEventException e) {
            if (replay != null) {
                replay[0] = new Replay(
                        ReplayOutcome.REFUSED,
                        TransientFailures.deterministic(e).orElseThrow());
            } else {
                deadLetter(
                        consumer, record, e, TransientFailures.deterministic(e).orElseThrow());
            }
            throw e;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event.id(), event.type())) {
                        LOG.debugf("%s already handled event %s (%s)", consumer, event.id(), event.type());
                        return false;
                    }
                    handler.handle(event);
                    return true;
                });
                if (replay != null) {
                    replay[0] = new Replay(applied ? ReplayOutcome.APPLIED : ReplayOutcome.ALREADY_APPLIED, null);
                } else {
                    release(consumer, event, attempt);
                }
                return applied;
            } catch (RuntimeException e) {
                Optional<String> deterministic = TransientFailures.deterministic(e);
                if (replay != null) {
                    replay[0] = deterministic
                            .map(reason -> new Replay(ReplayOutcome.REFUSED, reason))
                            .orElseGet(() -> new Replay(ReplayOutcome.POSTPONED, String.valueOf(e.getMessage())));
                    throw e;
                }
                if (deterministic.isPresent()) {
                    release(consumer, event, attempt);
                    deadLetter(consumer, record, e, deterministic.get());
                    throw e;
                }
                held.failed(consumer, event, attempt, e);
                Duration delay = delay(attempt);
                LOG.warnf(
                        "%s holds on event %s (%s), attempt %d failed in a way that may pass, next in %d ms: %s",
                        consumer, event.id(), event.type(), attempt, delay.toMillis(), e.getMessage());
                await(delay);
            }
        }
    }

    /**
     * Runs {@code delivery} (a consumer's own entry point, given the dead letter's original record) as a replay: one
     * attempt through {@link #process}, never held, never dead-lettered again.
     */
    public Replay replay(Runnable delivery) {
        Replay[] outcome = new Replay[1];
        REPLAYING.set(outcome);
        try {
            delivery.run();
        } catch (RuntimeException e) {
            if (outcome[0] == null) {
                Optional<String> deterministic = TransientFailures.deterministic(e);
                return new Replay(
                        deterministic.isPresent() ? ReplayOutcome.REFUSED : ReplayOutcome.POSTPONED,
                        deterministic.orElse(String.valueOf(e.getMessage())));
            }
        } finally {
            REPLAYING.remove();
        }
        if (outcome[0] == null) {
            // The consumer ignored the record before reaching the inbox: nothing to apply.
            return new Replay(ReplayOutcome.ALREADY_APPLIED, "The consumer did not take the record");
        }
        return outcome[0];
    }

    private void release(String consumer, IncomingEvent event, int attempt) {
        if (attempt > 1) {
            LOG.infof(
                    "%s applied event %s (%s) after %d attempts; it consumes again",
                    consumer, event.id(), event.type(), attempt);
        }
        held.released(consumer);
    }

    /** Recorded before the record goes to the dead-letter topic; a database that is down right now is waited for. */
    private void deadLetter(
            String consumer, ConsumerRecord<String, String> record, RuntimeException failure, String reason) {
        LOG.errorf(
                "%s dead-letters %s/%d@%d: %s", consumer, record.topic(), record.partition(), record.offset(), reason);
        for (int attempt = 1; ; attempt++) {
            try {
                deadLetters.record(consumer, record, reason);
                return;
            } catch (RuntimeException e) {
                LOG.warnf(
                        "%s could not record the dead letter %s/%d@%d yet (attempt %d): %s",
                        consumer, record.topic(), record.partition(), record.offset(), attempt, e.getMessage());
                await(delay(attempt));
            }
        }
    }

    /** Capped exponential backoff with jitter (half fixed, half random), so replicas do not retry in step. */
    Duration delay(int attempt) {
        long base = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(maxDelay.toMillis(), Math.max(base, 1));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private void await(Duration delay) {
        synchronized (stop) {
            long until = System.nanoTime() + delay.toNanos();
            try {
                for (long left = delay.toMillis();
                        !stopping && left > 0;
                        left = (until - System.nanoTime()) / 1_000_000) {
                    stop.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InboxStopped();
            }
        }
        if (stopping) {
            throw new InboxStopped();
        }
    }

    /**
     * The application stops: a held consumer gives up its event unacknowledged (it is redelivered after the restart).
     * Runs when the application's beans are destroyed, after the Kafka connector has closed its consumers, so the
     * failure that ends the hold can no longer commit the record's offset or park it.
     */
    @PreDestroy
    void stop() {
        synchronized (stop) {
            stopping = true;
            stop.notifyAll();
        }
    }

    /** Ends a hold because the application stops; never recorded as a dead letter. */
    static final class InboxStopped extends IllegalStateException {
        InboxStopped() {
            super("The application is stopping; the event is left unacknowledged for redelivery");
        }
    }
}
