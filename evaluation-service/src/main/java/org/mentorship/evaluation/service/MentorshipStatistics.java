package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.evaluation.policy.StatisticsPolicy;

/**
 * A term's program statistics per project, counted in SQL over the stored mentorships and evaluations: how many
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
            @Schema(minimum = "1", maximum = "5") BigDecimal meanProgressAgainstPlan) {}

    private static final String BY_PROJECT = """
            with ms as (
              select project_id, max(project_title) as title, max(organization) as organization, count(*) as total,
                     count(*) filter (where status in ('ACTIVE', 'EXTENDED')) as active,
                     count(*) filter (where status = 'COMPLETED') as completed,
                     count(*) filter (where status = 'TERMINATED') as terminated
              from mentorship where term_id = :term group by project_id),
            sc as (
              select m.project_id, count(*) as scored,
                     round(avg(e.score_tasks), 2) as tasks,
                     round(avg(e.score_engagement), 2) as engagement,
                     round(avg(e.score_progress), 2) as progress
              from evaluation e join mentorship m on m.id = e.mentorship_id
              where m.term_id = :term and e.status = 'SUBMITTED' and e.outcome in ('PASS', 'FAIL')
              group by m.project_id)
            select ms.project_id::text, ms.title, ms.organization, ms.total, ms.active, ms.completed, ms.terminated,
                   coalesce(sc.scored, 0), sc.tasks, sc.engagement, sc.progress
            from ms left join sc on sc.project_id = ms.project_id
            order by ms.title, ms.project_id""";

    private final EntityManager em;

    MentorshipStatistics(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<ProjectStatistics> ofTerm(UUID termId) {
        List<Object[]> rows =
                em.createNativeQuery(BY_PROJECT).setParameter("term", termId).getResultList();
        return rows.stream()
                .map(r -> {
                    long completed = number(r[5]);
                    long terminated = number(r[6]);
                    return new ProjectStatistics(
                            UUID.fromString((String) r[0]),
                            (String) r[1],
                            (String) r[2],
                            number(r[3]),
                            number(r[4]),
                            completed,
                            terminated,
                            StatisticsPolicy.rateOfEnded(completed, completed + terminated),
                            StatisticsPolicy.rateOfEnded(terminated, completed + terminated),
                            number(r[7]),
                            decimal(r[8]),
                            decimal(r[9]),
                            decimal(r[10]));
                })
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
