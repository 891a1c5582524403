package org.mentorship.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.mentorship.contracts.MalformedEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a Kafka record exactly once per consumer: parse, then in one transaction record it in the inbox and
 * run the handler. A malformed record is rethrown at once so the channel's dead-letter strategy parks it;
 * a failing effect is retried a few times before it is parked too, and nothing of it is committed.
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
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("%s failed on event %s (%s), attempt %d: %s", consumer, event.id(), event.type(), attempt,
                        e.getMessage());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
