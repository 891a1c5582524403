package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.mentorship.application.model.Applicant;

@ApplicationScoped
public class ApplicantRepository implements PanacheRepositoryBase<Applicant, String> {

    /** Serialises one person's applications and acceptances (per-term limits are counted under this lock). */
    public Optional<Applicant> lock(String userId) {
        return findByIdOptional(userId, LockModeType.PESSIMISTIC_WRITE);
    }
}
