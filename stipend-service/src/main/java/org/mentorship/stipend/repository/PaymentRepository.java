package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public List<Payment> listByMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by installment", mentorshipId);
    }

    public Optional<Payment> findByInstallment(UUID mentorshipId, int installment) {
        return find("mentorshipId = ?1 and installment = ?2", mentorshipId, installment)
                .firstResultOptional();
    }

    /** The installment's payment, locked: an export or a payout change in flight is waited for, then seen. */
    public Optional<Payment> lockByInstallment(UUID mentorshipId, int installment) {
        return find("mentorshipId = ?1 and installment = ?2", mentorshipId, installment)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Every payment of these mentorships, locked (by id order, so two lockers cannot deadlock on them). */
    public List<Payment> lockByMentorships(List<UUID> mentorshipIds) {
        if (mentorshipIds.isEmpty()) {
            return List.of();
        }
        return find("mentorshipId in ?1 order by id", mentorshipIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** The row locked until the transaction ends: two approvals of one payment queue here, and the second sees the first's result. */
    public Optional<Payment> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Payment> page(PaymentQuery query, int page, int size) {
        return find(query.where(), ORDER, query.parameters())
                .page(Page.of(page, size))
                .list();
    }

    public long countByStatus(PaymentStatus status) {
        return count("status", status);
    }

    public long count(PaymentQuery query) {
        return count(query.where(), query.parameters());
    }

    /**
     * The next {@code limit} payments of the list after the one at ({@code scheduledAt}, {@code id}) in its order (from
     * the start when {@code after} is null): a keyset, so an export reads the list in chunks without an offset that
     * payments moving in or out of it would shift.
     */
    public List<Payment> after(PaymentQuery query, Payment after, int limit) {
        if (after == null) {
            return find(query.where(), ORDER, query.parameters())
                    .range(0, limit - 1)
                    .list();
        }
        return find(
                        query.where() + " and (scheduledAt > :at or (scheduledAt = :at and id > :id))",
                        ORDER,
                        query.parameters().and("at", after.scheduledAt).and("id", after.id))
                .range(0, limit - 1)
                .list();
    }

    private static final Sort ORDER = Sort.by("scheduledAt").and("id");

    /**
     * Approved payments no file has carried yet, locked so two concurrent exports cannot both take one (in id order,
     * as every locker of several payments takes them, so none deadlocks with another).
     */
    public List<Payment> lockUnexported() {
        return find("status = ?1 and exportBatchId is null order by id", PaymentStatus.APPROVED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * Inserts the installment's payment unless one exists. The unique key decides, not a read-then-write,
     * so two concurrent deliveries cannot both insert. Returns true when this call created it. {@code evaluationId} is
     * null for a payment a PAY_EARNED termination schedules.
     */
    public boolean scheduleOnce(
            UUID id,
            UUID mentorshipId,
            int installment,
            UUID evaluationId,
            Instant at,
            long amountMinor,
            String currency,
            java.time.LocalDate expectedOn) {
        return getEntityManager()
                        .createNativeQuery("""
                insert into payment (id, mentorship_id, installment, evaluation_id, status, scheduled_at,
                                     amount_minor, currency, expected_on, updated_at)
                values (?1, ?2, ?3, cast(nullif(?4, '') as uuid), 'SCHEDULED', ?5, ?6, ?7, ?8, ?5)
                on conflict on constraint payment_once do nothing""")
                        .setParameter(1, id)
                        .setParameter(2, mentorshipId)
                        .setParameter(3, installment)
                        // As text: a null (a settlement's payment, no pass behind it) would have no SQL type.
                        .setParameter(4, evaluationId == null ? "" : evaluationId.toString())
                        .setParameter(5, at)
                        .setParameter(6, amountMinor)
                        .setParameter(7, currency)
                        .setParameter(8, expectedOn)
                        .executeUpdate()
                == 1;
    }
}
