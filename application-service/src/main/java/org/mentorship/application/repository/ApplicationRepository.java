package org.mentorship.application.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /**
     * List filters; null means "any". projectIds limits to a mentor's projects, organizations to the projects of these
     * organisations (an org-admin's, or the one a coordinator asks for).
     */
    public record Filter(
            String applicantId,
            Collection<UUID> projectIds,
            UUID termId,
            UUID projectId,
            ApplicationStatus status,
            Collection<String> organizations) {

        public Filter(
                String applicantId,
                Collection<UUID> projectIds,
                UUID termId,
                UUID projectId,
                ApplicationStatus status) {
            this(applicantId, projectIds, termId, projectId, status, null);
        }
    }

    /** The order of a list: by submission (the default) or best average score first (coordinators). */
    public enum Order {
        SUBMITTED,
        AVERAGE_SCORE
    }

    public PanacheQuery<Application> search(Filter filter, Order order, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        Sort sort = order == Order.AVERAGE_SCORE
                ? Sort.by("averageScore", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                        .and("submittedAt")
                        .and("id")
                : Sort.by("submittedAt").and("id");
        return find(where.toString(), sort, params).page(Page.of(page, size));
    }

    /**
     * The next {@code limit} applications of the list after {@code after} (null: from the start), in the list's
     * default order (submission, then id): a keyset, so an export reads the whole list a chunk at a time.
     */
    public List<Application> after(Filter filter, Application after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        if (after != null) {
            where.append(" and (submittedAt > :afterAt or (submittedAt = :afterAt and id > :afterId))");
            params.put("afterAt", after.submittedAt);
            params.put("afterId", after.id);
        }
        return find(where.toString(), Sort.by("submittedAt").and("id"), params)
                .page(Page.ofSize(limit))
                .list();
    }

    private static StringBuilder where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.applicantId() != null) {
            where.append(" and applicantId = :applicantId");
            params.put("applicantId", filter.applicantId());
        }
        if (filter.projectIds() != null) {
            if (filter.projectIds().isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and projectId in :projectIds");
                params.put("projectIds", filter.projectIds());
            }
        }
        if (filter.termId() != null) {
            where.append(" and termId = :termId");
            params.put("termId", filter.termId());
        }
        if (filter.projectId() != null) {
            where.append(" and projectId = :projectId");
            params.put("projectId", filter.projectId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.organizations() != null) {
            if (filter.organizations().isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and projectId in (select p.id from Project p where p.organization in :organizations)");
                params.put("organizations", filter.organizations());
            }
        }
        return where;
    }

    /**
     * The applicant's own applications with the status she sees: the held status while the term's announcement is
     * ahead of {@code now} (AnnouncementPolicy), so a filter does not tell her of a decision held from her.
     */
    public PanacheQuery<Application> searchOwnByShownStatus(
            String applicantId,
            UUID termId,
            UUID projectId,
            ApplicationStatus status,
            Instant now,
            int page,
            int size) {
        StringBuilder query = new StringBuilder("from Application a where a.applicantId = :applicantId"
                + " and (case when a.heldStatus is not null and exists (select 1 from Term t where t.id = a.termId"
                + " and t.announceAt > :now) then a.heldStatus else a.status end) = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("applicantId", applicantId);
        params.put("status", status);
        params.put("now", now);
        if (termId != null) {
            query.append(" and a.termId = :termId");
            params.put("termId", termId);
        }
        if (projectId != null) {
            query.append(" and a.projectId = :projectId");
            params.put("projectId", projectId);
        }
        return find(query.append(" order by a.submittedAt, a.id").toString(), params)
                .page(Page.of(page, size));
    }

    /** What the rules for a new application need to know of the applicant's others. */
    public record OtherApplications(boolean toThisProject, long activeInTerm) {}

    /**
     * Whether the applicant already applied to this project (in any status) and how many of her applications in this
     * term are not withdrawn: one statement on the applicant's rows (the application_once index leads with
     * applicant_id). Native, because two Panache counts cost 17% of application-service's CPU in the apply spike
     * (JFR), most of it Hibernate turning the query into SQL again on every call.
     */
    public OtherApplications others(String applicantId, UUID projectId, UUID termId) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("""
                select count(*) filter (where project_id = ?2),
                       count(*) filter (where term_id = ?3 and status <> 'WITHDRAWN')
                from application where applicant_id = ?1""")
                .setParameter(1, applicantId)
                .setParameter(2, projectId)
                .setParameter(3, termId)
                .getSingleResult();
        return new OtherApplications(((Number) row[0]).longValue() > 0, ((Number) row[1]).longValue());
    }

    public long countHoldingSlot(UUID projectId) {
        return count("projectId = ?1 and status in ?2", projectId, ApplicationStatus.HOLDS_SLOT);
    }

    public long countInTerm(UUID termId) {
        return count("termId", termId);
    }

    /** Applications of the term that became mentorships (their program dates went out in MenteeOnboarded). */
    public long countOnboardedInTerm(UUID termId) {
        return count("termId = ?1 and mentorshipId is not null", termId);
    }

    public long countWithProject(UUID projectId) {
        return count("projectId", projectId);
    }

    public Optional<Application> acceptedInTerm(String applicantId, UUID termId) {
        return find(
                        "applicantId = ?1 and termId = ?2 and status in ?3",
                        applicantId,
                        termId,
                        ApplicationStatus.HOLDS_SLOT)
                .firstResultOptional();
    }

    /** The applicant's open applications of the term: submitted or waitlisted. */
    public List<Application> openInTerm(String applicantId, UUID termId) {
        return list(
                "applicantId = ?1 and termId = ?2 and status in ?3",
                applicantId,
                termId,
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED));
    }

    /** The project's waitlist in its order: first waitlisted first (WaitlistPolicy). */
    public List<Application> waitlist(UUID projectId) {
        return list(
                "projectId = ?1 and status = ?2 order by waitlistedAt, id", projectId, ApplicationStatus.WAITLISTED);
    }

    /** Waitlisted applications whose term's program has started by {@code today} (WaitlistPolicy, in SQL). */
    @SuppressWarnings("unchecked")
    public List<Application> waitlistedPastProgramStart(LocalDate today, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                select a.* from application a join term t on t.id = a.term_id
                where a.status = 'WAITLISTED' and t.program_start <= ?1
                order by a.waitlisted_at, a.id limit ?2""", Application.class)
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList();
    }

    /** Open applications whose term's review period has ended (ReviewPolicy.reviewEndsAt, in SQL). */
    @SuppressWarnings("unchecked")
    public List<Application> openPastReview(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                select a.* from application a join term t on t.id = a.term_id
                where a.status = 'SUBMITTED' and t.applications_close_at + make_interval(days => t.review_days) <= ?1
                order by a.submitted_at limit ?2""", Application.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /**
     * Open applications with a prerequisite not handed in whose term's review ends after {@code now} and by
     * {@code until}, not reminded yet (PrerequisiteReminderPolicy decides each; this narrows the rows in SQL).
     */
    @SuppressWarnings("unchecked")
    public List<Application> toRemind(Instant now, Instant until, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                select a.* from application a join term t on t.id = a.term_id
                where a.status = 'SUBMITTED'
                  and t.applications_close_at + make_interval(days => t.review_days) > ?1
                  and t.applications_close_at + make_interval(days => t.review_days) <= ?2
                  and exists (select 1 from application_prerequisite p
                              where p.application_id = a.id and p.status in ('NOT_STARTED', 'RETURNED'))
                  and not exists (select 1 from prerequisite_reminder r where r.application_id = a.id)
                order by a.submitted_at limit ?3""", Application.class)
                .setParameter(1, now)
                .setParameter(2, until)
                .setParameter(3, limit)
                .getResultList();
    }

    /** Records the reminder of an application once: false when it was reminded before (the unique key). */
    public boolean markReminded(UUID applicationId, Instant at) {
        return getEntityManager()
                        .createNativeQuery("""
                insert into prerequisite_reminder (application_id, sent_at) values (?1, ?2)
                on conflict (application_id) do nothing""")
                        .setParameter(1, applicationId)
                        .setParameter(2, at)
                        .executeUpdate()
                == 1;
    }

    /**
     * Locks the application's row until the transaction ends and reloads it: onboarding steps of one application
     * (the signature, each HR step) then run one at a time, and the last one always sees the others.
     */
    public void lock(Application application) {
        getEntityManager().refresh(application, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Application> findByMentorship(UUID mentorshipId) {
        return find("mentorshipId", mentorshipId).firstResultOptional();
    }

    public Map<ApplicationStatus, Long> countByStatus(String applicantId) {
        Map<ApplicationStatus, Long> counts = new HashMap<>();
        String where = applicantId == null ? "" : " where a.applicantId = :applicant";
        var query = getEntityManager()
                .createQuery(
                        "select a.status, count(a) from Application a" + where + " group by a.status", Object[].class);
        if (applicantId != null) {
            query.setParameter("applicant", applicantId);
        }
        query.getResultList().forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Per project and status the term's applications, the sum and number of their average scores (the statistics'
     * input), limited to these organisations' projects (null: every one).
     */
    public List<Object[]> statisticsCounts(UUID termId, Collection<String> organizations) {
        String scope = organizations == null
                ? ""
                : " and a.projectId in (select p.id from Project p where p.organization in :organizations)";
        var query = getEntityManager()
                .createQuery(
                        "select a.projectId, a.status, count(a), sum(a.averageScore), count(a.averageScore)"
                                + " from Application a where a.termId = :termId" + scope
                                + " group by a.projectId, a.status",
                        Object[].class)
                .setParameter("termId", termId);
        if (organizations != null) {
            query.setParameter("organizations", organizations);
        }
        return query.getResultList();
    }

    /** The person's applications of the term that are not withdrawn (a mentor of the term must have none). */
    public long countActiveInTerm(String applicantId, UUID termId) {
        return count(
                "applicantId = ?1 and termId = ?2 and status <> ?3", applicantId, termId, ApplicationStatus.WITHDRAWN);
    }
}
