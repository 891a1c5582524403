package org.mentorship.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.CompletionHistory;
import org.mentorship.certificate.model.CompletionStatus;

@ApplicationScoped
public class CompletionRepository implements PanacheRepositoryBase<Completion, UUID> {

    /**
     * Opens the mentorship's record unless it exists (the unique key decides, so concurrent first events cannot
     * open two). Returns true when this call created it.
     */
    public boolean openOnce(UUID mentorshipId, String menteeId, Instant now) {
        return getEntityManager()
                        .createNativeQuery("""
                insert into completion (id, mentorship_id, mentee_id, status, onboarded, created_at, updated_at)
                values (?1, ?2, ?3, 'OPEN', false, ?4, ?4)
                on conflict on constraint completion_once do nothing""")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, mentorshipId)
                        .setParameter(3, menteeId)
                        .setParameter(4, now)
                        .executeUpdate()
                == 1;
    }

    /**
     * The record, row-locked for the rest of the transaction: every change of a requirement takes this lock first,
     * so "are all requirements met?" and the issue that follows are decided one at a time per mentorship.
     */
    public Optional<Completion> lockByMentorship(UUID mentorshipId) {
        return find("mentorshipId", mentorshipId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<Completion> findByMentorship(UUID mentorshipId) {
        return find("mentorshipId", mentorshipId).firstResultOptional();
    }

    public List<Completion> listByMentee(String menteeId) {
        return list("menteeId", Sort.by("createdAt").descending(), menteeId);
    }

    public PanacheQuery<Completion> search(CompletionStatus status, UUID projectId) {
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (projectId != null) {
            where.append(" and projectId = :project");
            params.and("project", projectId);
        }
        return find(where.toString(), Sort.by("createdAt").descending().and("id"), params);
    }

    public List<Completion> listByMentor(String mentorId, CompletionStatus status) {
        return list(
                "select c from Completion c join c.mentorIds m where m = ?1 and c.status = ?2 order by c.createdAt",
                mentorId,
                status);
    }

    public boolean mentorsProject(String mentorId, UUID projectId) {
        return count(
                        "select count(c) from Completion c join c.mentorIds m where m = ?1 and c.projectId = ?2",
                        mentorId,
                        projectId)
                > 0;
    }

    public long countByStatus(CompletionStatus status) {
        return count("status", status);
    }

    /** Open records whose mentorship is complete but which still wait for an exam or the survey. */
    public long countBlockedAfterCompletion() {
        return count("status = ?1 and mentorshipCompletedAt is not null", CompletionStatus.OPEN);
    }

    public void record(CompletionHistory entry) {
        getEntityManager().persist(entry);
    }

    public List<CompletionHistory> history(UUID completionId) {
        return getEntityManager()
                .createQuery("from CompletionHistory where completionId = ?1 order by at, id", CompletionHistory.class)
                .setParameter(1, completionId)
                .getResultList();
    }
}
