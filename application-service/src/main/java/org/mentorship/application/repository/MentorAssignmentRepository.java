package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.application.model.MentorAssignment;
import org.mentorship.application.model.MentorRole;
import org.mentorship.application.model.MentorStatus;

@ApplicationScoped
public class MentorAssignmentRepository implements PanacheRepositoryBase<MentorAssignment, UUID> {

    private static final List<MentorStatus> CURRENT = List.of(MentorStatus.INVITED, MentorStatus.ACTIVE);

    /** Every assignment of the project, the earliest invited first. */
    public List<MentorAssignment> ofProject(UUID projectId) {
        return list("projectId = ?1 order by invitedAt, role desc, mentorId, id", projectId); // PRIMARY first
    }

    public List<MentorAssignment> activeOf(UUID projectId) {
        return list(
                "projectId = ?1 and status = ?2 order by invitedAt, role desc, mentorId, id",
                projectId,
                MentorStatus.ACTIVE);
    }

    /** Her INVITED or ACTIVE assignment to the project (at most one: mentor_assignment_current). */
    public Optional<MentorAssignment> current(UUID projectId, String mentorId) {
        return find("projectId = ?1 and mentorId = ?2 and status in ?3", projectId, mentorId, CURRENT)
                .firstResultOptional();
    }

    /** Her current assignment to the project, else the one she left last. */
    public Optional<MentorAssignment> latest(UUID projectId, String mentorId) {
        return current(projectId, mentorId)
                .or(() -> find("projectId = ?1 and mentorId = ?2 order by invitedAt desc, id", projectId, mentorId)
                        .firstResultOptional());
    }

    /** The assignment she left last by resigning, if any (a replacement may take a resigned mentor's place). */
    public Optional<MentorAssignment> lastResigned(UUID projectId, String mentorId) {
        return find(
                        "projectId = ?1 and mentorId = ?2 and status = ?3 order by resignedAt desc, id",
                        projectId,
                        mentorId,
                        MentorStatus.RESIGNED)
                .firstResultOptional();
    }

    public Optional<MentorAssignment> activePrimary(UUID projectId) {
        return find("projectId = ?1 and role = ?2 and status = ?3", projectId, MentorRole.PRIMARY, MentorStatus.ACTIVE)
                .firstResultOptional();
    }

    /**
     * Locks every ACTIVE assignment of these mentors, on whatever project, in one order: acceptances on two projects
     * sharing a mentor then count her mentees one after the other (MentorCapacityPolicy).
     */
    public void lockActiveOf(Collection<String> mentorIds) {
        if (mentorIds.isEmpty()) {
            return;
        }
        getEntityManager()
                .createNativeQuery("select id from mentor_assignment where mentor_id in (?1) and status = 'ACTIVE'"
                        + " order by id for update")
                .setParameter(1, mentorIds)
                .getResultList();
    }

    /** Her accepted or onboarded mentees of the term, on every project she is an active mentor of. */
    public long activeMenteesInTerm(String mentorId, UUID termId) {
        return ((Number) getEntityManager()
                        .createNativeQuery("select count(*) from application a where a.term_id = ?1"
                                + " and a.status in ('ACCEPTED', 'ONBOARDED') and a.project_id in"
                                + " (select pm.project_id from project_mentor pm where pm.mentor_id = ?2)")
                        .setParameter(1, termId)
                        .setParameter(2, mentorId)
                        .getSingleResult())
                .longValue();
    }
}
