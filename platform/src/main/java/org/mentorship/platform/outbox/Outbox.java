package org.mentorship.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.contracts.EventJson;

/**
 * Records an event in the same transaction as the state change it describes. Nothing is sent here:
 * {@link OutboxRelay} publishes committed rows, so an event exists if and only if its change committed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final Clock clock;

    Outbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Must join the caller's transaction: an event without its change (or the reverse) is a lost or invented fact. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        EventCatalog entry = EventCatalog.of(event);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.aggregateType = aggregateType(entry);
        row.aggregateId = event.aggregateId();
        row.type = entry.type();
        row.payload = EventJson.write(event);
        row.timestamp = clock.instant();
        entityManager.persist(row);
        return row.id;
    }

    /** The aggregate is what the topic is about: mentorship.evaluations.v1 -> evaluations. */
    private static String aggregateType(EventCatalog entry) {
        String[] parts = entry.topic().split("\\.");
        return parts.length >= 2 ? parts[1] : entry.topic();
    }
}
