package org.mentorship.application.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.application.model.Notification;
import org.mentorship.application.model.NotificationState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Due mails, locked; rows another sender holds are skipped rather than waited for. */
    @SuppressWarnings("unchecked")
    public List<Notification> claimDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from notification where state = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at limit ?2 for update skip locked""", Notification.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    public List<Notification> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by createdAt", applicationId);
    }

    public long countInState(NotificationState state) {
        return count("state", state);
    }
}
