package org.mentorship.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consumers that are holding their place on an event because of a failure that may pass (the database is down,
 * the pool is exhausted, a lock timed out). While one is held this service is not ready ({@link InboxReadiness}).
 */
@ApplicationScoped
public class HeldConsumers {

    /** A consumer waiting on one event: since when, how many attempts so far, the last failure. */
    public record Hold(UUID eventId, String eventType, Instant since, int attempts, String failure) {}

    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    void failed(String consumer, IncomingEvent event, int attempt, Throwable failure) {
        String reason = failure.getClass().getSimpleName() + ": " + rootMessage(failure);
        holds.compute(
                consumer,
                (c, hold) -> new Hold(
                        event.id(),
                        event.type(),
                        hold != null && hold.eventId().equals(event.id()) ? hold.since() : Instant.now(),
                        attempt,
                        reason));
    }

    void released(String consumer) {
        holds.remove(consumer);
    }

    /** Every held consumer by name. */
    public Map<String, Hold> current() {
        return new TreeMap<>(holds);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure
                ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
