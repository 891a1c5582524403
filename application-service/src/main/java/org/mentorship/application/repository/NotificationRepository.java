package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.Notification;
import org.mentorship.application.model.NotificationState;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * Ids of due mails whose lease is free (never claimed, or its sender died), locked until the transaction ends;
     * rows another sender is claiming right now are skipped rather than waited for.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                select id from notification where state = 'PENDING' and next_attempt_at <= ?1
                  and (lease_until is null or lease_until < now())
                order by next_attempt_at limit ?2 for update skip locked""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** Leases the locked mails to {@code sender} for {@code leaseSeconds} of database time; each is an attempt. */
    public void lease(List<UUID> ids, String sender, long leaseSeconds) {
        getEntityManager()
                .createNativeQuery("""
                update notification set claimed_by = ?1, lease_until = now() + make_interval(secs => ?2),
                       attempts = attempts + 1
                where id in (?3)""")
                .setParameter(1, sender)
                .setParameter(2, leaseSeconds)
                .setParameter(3, ids)
                .executeUpdate();
    }

    public List<Notification> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by createdAt", applicationId);
    }

    public long countInState(NotificationState state) {
        return count("state", state);
    }
}
