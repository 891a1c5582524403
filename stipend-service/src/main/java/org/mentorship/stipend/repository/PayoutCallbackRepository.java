package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.mentorship.stipend.model.PaymentAttempt;
import org.mentorship.stipend.model.PayoutCallback;

@ApplicationScoped
public class PayoutCallbackRepository implements PanacheRepositoryBase<PayoutCallback, String> {

    /**
     * Records the callback's id, first thing in the transaction of its effect. The primary key decides, not a read:
     * a simultaneous replay waits here for the first to commit, then finds the row. True when this call recorded it.
     */
    public boolean claim(String webhookId, String endToEndId, Instant at) {
        return getEntityManager()
                        .createNativeQuery("""
                insert into payout_callback (webhook_id, end_to_end_id, received_at) values (?1, ?2, ?3)
                on conflict (webhook_id) do nothing""")
                        .setParameter(1, webhookId)
                        .setParameter(2, endToEndId)
                        .setParameter(3, at)
                        .executeUpdate()
                == 1;
    }

    public Optional<PaymentAttempt> attempt(String endToEndId) {
        return getEntityManager()
                .createQuery("from PaymentAttempt where endToEndId = ?1", PaymentAttempt.class)
                .setParameter(1, endToEndId)
                .getResultStream()
                .findFirst();
    }
}
