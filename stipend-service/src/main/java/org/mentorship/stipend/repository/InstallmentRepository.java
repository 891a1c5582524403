package org.mentorship.stipend.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.stipend.model.Installment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InstallmentRepository implements PanacheRepositoryBase<Installment, UUID> {

    public List<Installment> byMentorship(UUID mentorshipId) {
        return list("mentorshipId = ?1 order by number", mentorshipId);
    }
}
