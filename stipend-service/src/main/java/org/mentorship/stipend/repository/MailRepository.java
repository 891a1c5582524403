package org.mentorship.stipend.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.stipend.model.MailMessage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MailRepository implements PanacheRepositoryBase<MailMessage, UUID> {

    /** Due mails, locked; rows another sender holds are skipped rather than waited for. */
    @SuppressWarnings("unchecked")
    public List<MailMessage> claimDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from mail_outbox where state = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at limit ?2 for update skip locked""", MailMessage.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }
}
