package org.mentorship.stipend.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.stipend.model.Installment;

@ApplicationScoped
public class InstallmentRepository implements PanacheRepositoryBase<Installment, UUID> {

    public List<Installment> byMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by number", mentorshipId);
    }
}
