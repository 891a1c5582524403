package org.mentorship.application.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The payloads of one type of event the outbox holds for one aggregate (a person, keyed by user id). */
final class Outboxed {

    @SuppressWarnings("unchecked")
    static List<String> payloads(EntityManager em, String type, String aggregate) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select payload::text from outbox_event where type = ?1 and aggregateid = ?2 order by seq")
                        .setParameter(1, type)
                        .setParameter(2, aggregate)
                        .getResultList());
    }

    private Outboxed() {}
}
