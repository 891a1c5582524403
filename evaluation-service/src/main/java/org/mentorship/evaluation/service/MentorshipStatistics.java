package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.evaluation.policy.StatisticsPolicy;

/**
 * A term's program statistics per project and per organisation, counted in SQL over the stored mentorships and evaluations: how many
 * mentorships, how they ended, and the mean scores of the term's final (submitted) evaluations. An evaluation under
 * review or reopened is not final and not counted; an unknown term has no projects.
 */
@ApplicationScoped
public class MentorshipStatistics {

    /**
     * Of one project in the term; the rates are of the mentorships that ended (null while none has), the means of its
     * final evaluations' scores (1 to 5; null without one).
     */
    @Schema(name = "ProjectStatistics")
    public record ProjectStatistics(
            UUID projectId,
            String projectTitle,
            String organization,
            @Schema(format = "int64", minimum = "0") long mentorships,

            @Schema(description = "ACTIVE or EXTENDED", format = "int64", minimum = "0")
            long active,

            @Schema(format = "int64", minimum = "0") long completed,
            @Schema(format = "int64", minimum = "0") long terminated,

            @Schema(description = "completed / (completed + terminated)", minimum = "0", maximum = "1")
            BigDecimal completionRate,

            @Schema(description = "terminated / (completed + terminated)", minimum = "0", maximum = "1")
            BigDecimal terminationRate,

            @Schema(
                    description = "Final (SUBMITTED) evaluations of the project's mentorships",
                    format = "int64",
                    minimum = "0")
            long evaluationsScored,

            @Schema(minimum = "1", maximum = "5") BigDecimal meanTasksAndMilestones,
            @Schema(minimum = "1", maximum = "5") BigDecimal meanEngagement,
            @Schema(minimum = "1", maximum = "5") BigDecimal meanProgressAgainstPlan) {

        ProjectStatistics(UUID projectId, String projectTitle, String organization, Figures f) {
            this(
                    projectId,
                    projectTitle,
                    organization,
                    f.mentorships(),
                    f.active(),
                    f.completed(),
                    f.terminated(),
                    f.completionRate(),
                    f.terminationRate(),
                    f.scored(),
                    f.tasks(),
                    f.engagement(),
                    f.progress());
        }
    }

    /** Of one organisation in the term: its projects' counts, rates and means taken together (not averaged). */
    @Schema(name = "OrganizationStatistics")
    public record OrganizationStatistics(
            String organization,
            @Schema(format = "int64", minimum = "0") long projects,
            @Schema(format = "int64", minimum = "0") long mentorships,

            @Schema(description = "ACTIVE or EXTENDED", format = "int64", minimum = "0")
            long active,

            @Schema(format = "int64", minimum = "0") long completed,
            @Schema(format = "int64", minimum = "0") long terminated,

            @Schema(description = "completed / (completed + terminated)", minimum = "0", maximum = "1")
            BigDecimal completionRate,

            @Schema(description = "terminated / (completed + terminated)", minimum = "0", maximum = "1")
            BigDecimal terminationRate,

            @Schema(format = "int64", minimum = "0") long evaluationsScored,
            @Schema(minimum = "1", maximum = "5") BigDecimal meanTasksAndMilestones,
            @Schema(minimum = "1", maximum = "5") BigDecimal meanEngagement,
            @Schema(minimum = "1", maximum = "5") BigDecimal meanProgressAgainstPlan) {

        OrganizationStatistics(String organization, long projects, Figures f) {
            this(
                    organization,
                    projects,
                    f.mentorships(),
                    f.active(),
                    f.completed(),
                    f.terminated(),
                    f.completionRate(),
                    f.terminationRate(),
                    f.scored(),
                    f.tasks(),
                    f.engagement(),
                    f.progress());
        }
    }

    /** {@code %1$s}: the group column, {@code %2$s}: the organisation scope (empty, or "and ... in (:orgs)"). */
    private static final String GROUPED = """
            with ms as (
              select %1$s as key, max(project_title) as title, max(organization) as organization,
                     count(distinct project_id) as projects, count(*) as total,
                     count(*) filter (where status in ('ACTIVE', 'EXTENDED')) as active,
                     count(*) filter (where status = 'COMPLETED') as completed,
                     count(*) filter (where status = 'TERMINATED') as terminated
              from mentorship where term_id = :term %2$s group by %1$s),
            sc as (
              select m.%1$s as key, count(*) as scored,
                     round(avg(e.score_tasks), 2) as tasks,
                     round(avg(e.score_engagement), 2) as engagement,
                     round(avg(e.score_progress), 2) as progress
              from evaluation e join mentorship m on m.id = e.mentorship_id
              where m.term_id = :term and e.status = 'SUBMITTED' and e.outcome in ('PASS', 'FAIL') %3$s
              group by m.%1$s)
            select ms.key::text, ms.title, ms.organization, ms.total, ms.active, ms.completed, ms.terminated,
                   coalesce(sc.scored, 0), sc.tasks, sc.engagement, sc.progress, ms.projects
            from ms left join sc on sc.key = ms.key
            order by %4$s""";

    private final EntityManager em;

    MentorshipStatistics(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<ProjectStatistics> ofTerm(UUID termId) {
        return ofTerm(termId, null);
    }

    /** Per project of the term, of these organisations only (null: every organisation). */
    @Transactional
    public List<ProjectStatistics> ofTerm(UUID termId, Set<String> organizations) {
        return rows("project_id", "ms.title, ms.key", termId, organizations).stream()
                .map(r -> new ProjectStatistics(
                        UUID.fromString((String) r[0]), (String) r[1], (String) r[2], Figures.of(r)))
                .toList();
    }

    /** Per organisation of the term, of these organisations only (null: every organisation), by name. */
    @Transactional
    public List<OrganizationStatistics> byOrganization(UUID termId, Set<String> organizations) {
        return rows("organization", "ms.key", termId, organizations).stream()
                .map(r -> new OrganizationStatistics((String) r[0], number(r[11]), Figures.of(r)))
                .toList();
    }

    /** The columns 3 to 10 of a grouped row, the same for a project and an organisation. */
    record Figures(
            long mentorships,
            long active,
            long completed,
            long terminated,
            long scored,
            BigDecimal tasks,
            BigDecimal engagement,
            BigDecimal progress) {

        static Figures of(Object[] r) {
            return new Figures(
                    number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    number(r[6]),
                    number(r[7]),
                    decimal(r[8]),
                    decimal(r[9]),
                    decimal(r[10]));
        }

        BigDecimal completionRate() {
            return StatisticsPolicy.rateOfEnded(completed, completed + terminated);
        }

        BigDecimal terminationRate() {
            return StatisticsPolicy.rateOfEnded(terminated, completed + terminated);
        }
    }

    /** The group column and order are this class's constants, never input; the organisations are bound. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String column, String order, UUID termId, Set<String> organizations) {
        if (organizations != null && organizations.isEmpty()) {
            return List.of();
        }
        String scope = organizations == null ? "" : "and organization in (:orgs)";
        String scoped = organizations == null ? "" : "and m.organization in (:orgs)";
        jakarta.persistence.Query query = em.createNativeQuery(GROUPED.formatted(column, scope, scoped, order))
                .setParameter("term", termId);
        if (organizations != null) {
            query.setParameter("orgs", organizations);
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
