package org.mentorship.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.evaluation.model.Mentorship;

@ApplicationScoped
public class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {

    /** Locks the mentorship row: every change to its schedule or status goes one at a time. */
    public Optional<Mentorship> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PanacheQuery<Mentorship> ofMentee(String menteeId) {
        return find("menteeId = ?1 order by createdAt desc", menteeId);
    }

    public PanacheQuery<Mentorship> ofMentor(String mentorId) {
        return find(
                "select m from Mentorship m join m.mentorIds mentor where mentor = ?1 order by m.createdAt desc",
                mentorId);
    }

    public PanacheQuery<Mentorship> all() {
        return find("order by createdAt desc");
    }
}
