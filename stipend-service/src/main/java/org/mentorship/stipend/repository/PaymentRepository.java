package org.mentorship.stipend.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.stipend.model.Payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public List<Payment> listByMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by installment", mentorshipId);
    }

    /**
     * Inserts the installment's payment unless one exists. The unique key decides, not a read-then-write,
     * so two concurrent deliveries cannot both insert. Returns true when this call created it.
     */
    public boolean scheduleOnce(UUID id, UUID mentorshipId, int installment, UUID evaluationId, Instant at) {
        return getEntityManager().createNativeQuery("""
                insert into payment (id, mentorship_id, installment, evaluation_id, status, scheduled_at)
                values (?1, ?2, ?3, ?4, 'SCHEDULED', ?5)
                on conflict on constraint payment_once do nothing""")
                .setParameter(1, id)
                .setParameter(2, mentorshipId)
                .setParameter(3, installment)
                .setParameter(4, evaluationId)
                .setParameter(5, at)
                .executeUpdate() == 1;
    }
}
