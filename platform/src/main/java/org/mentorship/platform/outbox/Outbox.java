package org.mentorship.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.TopicOwner;
import org.mentorship.platform.tracing.EventTracing;

/**
 * Records an event in the same transaction as the state change it describes. Nothing is sent here:
 * {@link OutboxRelay} publishes committed rows, so an event exists if and only if its change committed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final Clock clock;
    private final EventTracing tracing;
    private final String applicationName;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(
            EntityManager entityManager,
            Clock clock,
            EventTracing tracing,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.transactions = transactions;
        this.relay = relay;
        this.entityManager = entityManager;
        this.clock = clock;
        this.tracing = tracing;
        this.applicationName = applicationName;
    }

    /** Must join the caller's transaction: an event without its change (or the reverse) is a lost or invented fact. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        EventCatalog entry = EventCatalog.of(event);
        String owner = TopicOwner.ofTopic(entry.topic()).orElseThrow().service();
        if (!owner.equals(applicationName)) {
            // The relay would send it as this service (ce_source), and every consumer would dead-letter it.
            throw new IllegalStateException(applicationName + " cannot publish " + entry.type() + ": its topic "
                    + entry.topic() + " is " + owner + "'s");
        }
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateType = aggregateType(entry);
        row.aggregateId = event.aggregateId();
        row.type = entry.type();
        row.payload = EventJson.write(event);
        row.timestamp = clock.instant();
        row.traceparent = tracing.currentTraceparent();
        row.requestId = EventTracing.currentRequestId();
        entityManager.persist(row);
        wakeRelayOnCommit();
        return row.id;
    }

    /** Once per transaction: after it commits, a relay that lost its database session reconnects at once. */
    private void wakeRelayOnCommit() {
        if (transactions.getResource(Outbox.class) != null) {
            return;
        }
        transactions.putResource(Outbox.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.rowCommitted();
                }
            }
        });
    }

    /** The aggregate is what the topic is about: mentorship.evaluations.v1 -> evaluations. */
    private static String aggregateType(EventCatalog entry) {
        String[] parts = entry.topic().split("\\.");
        return parts.length >= 2 ? parts[1] : entry.topic();
    }
}
