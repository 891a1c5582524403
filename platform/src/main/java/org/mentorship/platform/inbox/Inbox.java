package org.mentorship.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.mentorship.platform.metrics.InboxMetrics;

/**
 * Eventuate Tram's duplicate detection: the consumer records {@code (consumer, event id)} first, in the same
 * transaction as its effect. A row already there means the effect is already done (or is committing now).
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final InboxMetrics metrics;

    Inbox(EntityManager entityManager, InboxMetrics metrics) {
        this.entityManager = entityManager;
        this.metrics = metrics;
    }

    /** True the first time this consumer sees this event; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId, String eventType) {
        // ON CONFLICT keeps the transaction usable; a concurrent twin blocks on the key until the first commits.
        int inserted = entityManager
                .createNativeQuery(
                        "insert into inbox_message (consumer, event_id, event_type) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .executeUpdate();
        if (inserted != 1) {
            metrics.duplicate(consumer, eventType);
        }
        return inserted == 1;
    }
}
