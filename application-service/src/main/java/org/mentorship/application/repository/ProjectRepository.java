package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorship.application.model.Project;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** Search filters; null means "any". */
    public record Filter(
            UUID termId,
            String organization,
            String skill,
            Boolean openAt,
            java.time.Instant now,
            boolean includeUnpublished) {}

    /** Locks the project row: slot counting for acceptances happens under this lock, one decision at a time. */
    public Project lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PanacheQuery<Project> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!filter.includeUnpublished()) {
            where.append(" and p.published = true");
        }
        if (filter.termId() != null) {
            where.append(" and p.termId = :termId");
            params.put("termId", filter.termId());
        }
        if (filter.organization() != null) {
            where.append(" and lower(p.organization) = lower(:organization)");
            params.put("organization", filter.organization());
        }
        if (filter.skill() != null) {
            where.append(
                    " and exists (select 1 from Project q join q.skills s where q = p and lower(s) = lower(:skill))");
            params.put("skill", filter.skill());
        }
        if (Boolean.TRUE.equals(filter.openAt())) {
            // ApplyingPolicy.isOpen, in the query: from the opening until (not including) the close.
            where.append(" and exists (select 1 from Term t where t.id = p.termId"
                    + " and t.applicationsOpenAt <= :now and t.applicationsCloseAt > :now)");
            params.put("now", filter.now());
        }
        return find("from Project p where " + where, Sort.by("title").and("id"), params)
                .page(Page.of(page, size));
    }

    public List<UUID> idsMentoredBy(String mentorId) {
        return getEntityManager()
                .createQuery("select p.id from Project p join p.mentorIds m where m = :mentor", UUID.class)
                .setParameter("mentor", mentorId)
                .getResultList();
    }

    /** The titles of the term's projects the user mentors (an applicant of the term must mentor none). */
    public List<String> titlesMentoredInTerm(String mentorId, UUID termId) {
        return getEntityManager()
                .createQuery(
                        "select p.title from Project p join p.mentorIds m where m = :mentor and p.termId = :term"
                                + " order by p.title",
                        String.class)
                .setParameter("mentor", mentorId)
                .setParameter("term", termId)
                .getResultList();
    }
}
