package org.mentorship.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.mentorship.evaluation.model.Reminder;

@ApplicationScoped
public class ReminderRepository implements PanacheRepositoryBase<Reminder, UUID> {

    public PanacheQuery<Reminder> forRecipient(String recipientId) {
        return find("recipientId = ?1 order by sentAt desc", recipientId);
    }

    public PanacheQuery<Reminder> everything() {
        return find("order by sentAt desc");
    }

    public PanacheQuery<Reminder> ofMentorship(UUID mentorshipId) {
        return find("mentorshipId = ?1 order by sentAt desc", mentorshipId);
    }
}
