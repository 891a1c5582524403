package org.mentorship.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.mentorship.contracts.MalformedEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a Kafka record exactly once per consumer: parse, then in one transaction record it in the inbox and
 * run the handler. A malformed record is rethrown at once so the channel's dead-letter strategy parks it.
 * A transient database failure is retried until the database is back (nothing is dead-lettered because
 * PostgreSQL restarted); any other failing effect is retried a few times and then parked. Nothing of a failed
 * attempt is committed.
 */
@ApplicationScoped
public class InboxProcessor {

    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);
    private static final int ATTEMPTS = 3;

    private final Inbox inbox;

    InboxProcessor(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Returns true when the effect ran, false when the event was a duplicate. */
    public boolean process(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        IncomingEvent event = IncomingEvent.from(record);
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event.id(), event.type())) {
                        LOG.debugf("%s already handled event %s (%s)", consumer, event.id(), event.type());
                        return false;
                    }
                    handler.handle(event);
                    return true;
                });
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean passing = TransientFailures.isTransient(e);
                if (!passing && attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("%s failed on event %s (%s), attempt %d: %s", consumer, event.id(), event.type(), attempt,
                        e.getMessage());
                pause(attempt);
            }
        }
    }

    /** 100 ms, 400 ms, 900 ms, ... at most 5 s between attempts. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(5_000L, 100L * attempt * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
