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
            boolean includeUnpublished,
            java.util.Collection<String> unpublishedOf) {

        /** unpublishedOf: drafts of these organisations too (an org-admin's), beside the published projects. */
        public Filter(
                UUID termId,
                String organization,
                String skill,
                Boolean openAt,
                java.time.Instant now,
                boolean includeUnpublished) {
            this(termId, organization, skill, openAt, now, includeUnpublished, null);
        }
    }

    /** Locks the project row: slot counting for acceptances happens under this lock, one decision at a time. */
    public Project lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PanacheQuery<Project> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!filter.includeUnpublished()) {
            if (filter.unpublishedOf() == null || filter.unpublishedOf().isEmpty()) {
                where.append(" and p.published = true");
            } else {
                where.append(" and (p.published = true or p.organization in :unpublishedOf)");
                params.put("unpublishedOf", filter.unpublishedOf());
            }
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

    /** Per organisation and term, how many projects and how many of them published (null: every organisation). */
    public List<Object[]> countsByOrganizationAndTerm(java.util.Collection<String> organizations, UUID termId) {
        String where = " where 1 = 1" + (organizations == null ? "" : " and p.organization in :organizations")
                + (termId == null ? "" : " and p.termId = :termId");
        var query = getEntityManager()
                .createQuery(
                        "select p.organization, t.id, t.name, count(p), sum(case when p.published = true then 1 else 0 end)"
                                + " from Project p join Term t on t.id = p.termId" + where
                                + " group by p.organization, t.id, t.name, t.applicationsOpenAt"
                                + " order by p.organization, t.applicationsOpenAt, t.id",
                        Object[].class);
        if (organizations != null) {
            query.setParameter("organizations", organizations);
        }
        if (termId != null) {
            query.setParameter("termId", termId);
        }
        return query.getResultList();
    }

    /** The term's projects of these organisations (null: every one). */
    public List<Project> ofTerm(UUID termId, java.util.Collection<String> organizations) {
        return organizations == null
                ? list("termId", termId)
                : list("termId = ?1 and organization in ?2", termId, organizations);
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
