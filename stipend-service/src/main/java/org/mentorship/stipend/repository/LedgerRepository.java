package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.stipend.model.LedgerEntry;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    public List<LedgerEntry> byPayment(UUID paymentId) {
        return list("paymentId = ?1 order by seq", paymentId);
    }

    public List<LedgerEntry> byMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by seq", mentorshipId);
    }
}
