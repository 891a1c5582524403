package org.mentorship.application.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorship.application.model.ApplicationStatus;

/**
 * The selection figures of a term, per organisation and per project, from what the database counts: applications, how
 * many stand in each status, how many were accepted (hold or held a slot: accepted, onboarded, completed, graduated,
 * ended), the acceptance rate (accepted / applications, 4 decimals, none without applications), the average rubric
 * score (the mean of the scored applications' average scores, 2 decimals, none before a score) and the waitlisted.
 */
public final class ApplicationStatisticsPolicy {

    /** A project the figures are about (every project of the term in scope, with or without applications). */
    public record ProjectInfo(UUID id, String title, String organization, int slots) {}

    /** One database row: a project's applications in one status, the sum and number of their average scores. */
    public record Count(
            UUID projectId, ApplicationStatus status, long applications, BigDecimal scoreSum, long scored) {}

    /** The figures of a project or an organisation. */
    public record Figures(
            long applications,
            Map<ApplicationStatus, Long> byStatus,
            long accepted,
            BigDecimal acceptanceRate,
            BigDecimal averageScore,
            long waitlisted) {}

    public record ProjectFigures(ProjectInfo project, Figures figures) {}

    public record OrganizationFigures(String organization, Figures figures, List<ProjectFigures> projects) {}

    /** Per organisation (by name), its projects (by title) and their figures; an organisation's are its projects' sum. */
    public static List<OrganizationFigures> compute(List<ProjectInfo> projects, List<Count> counts) {
        Map<UUID, Tally> perProject = new LinkedHashMap<>();
        projects.forEach(p -> perProject.put(p.id(), new Tally()));
        for (Count c : counts) {
            Tally tally = perProject.get(c.projectId());
            if (tally != null) {
                tally.add(c.status(), c.applications(), c.scoreSum(), c.scored());
            }
        }
        Map<String, List<ProjectInfo>> byOrganization = new LinkedHashMap<>();
        projects.stream()
                .sorted(Comparator.comparing(ProjectInfo::organization)
                        .thenComparing(ProjectInfo::title)
                        .thenComparing(ProjectInfo::id))
                .forEach(p -> byOrganization
                        .computeIfAbsent(p.organization(), o -> new ArrayList<>())
                        .add(p));
        List<OrganizationFigures> result = new ArrayList<>();
        byOrganization.forEach((organization, its) -> {
            Tally total = new Tally();
            List<ProjectFigures> rows = new ArrayList<>();
            for (ProjectInfo p : its) {
                Tally t = perProject.get(p.id());
                total.add(t);
                rows.add(new ProjectFigures(p, t.figures()));
            }
            result.add(new OrganizationFigures(organization, total.figures(), rows));
        });
        return result;
    }

    /** Accepted / applications to 4 decimals (half up); null without applications. */
    public static BigDecimal acceptanceRate(long accepted, long applications) {
        return applications == 0
                ? null
                : BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(applications), 4, RoundingMode.HALF_UP);
    }

    /** The mean of the scored applications' average scores to 2 decimals (half up); null before any score. */
    public static BigDecimal averageScore(BigDecimal sum, long scored) {
        return scored == 0 || sum == null ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
    }

    /** Whether an application of this status was accepted (holds or held one of the project's slots). */
    public static boolean accepted(ApplicationStatus status) {
        return ApplicationStatus.HOLDS_SLOT.contains(status);
    }

    private static final class Tally {
        private final Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
        private BigDecimal scoreSum = BigDecimal.ZERO;
        private long scored;

        Tally() {
            for (ApplicationStatus s : ApplicationStatus.values()) {
                byStatus.put(s, 0L);
            }
        }

        void add(ApplicationStatus status, long applications, BigDecimal sum, long scoredOnes) {
            byStatus.merge(status, applications, Long::sum);
            if (sum != null) {
                scoreSum = scoreSum.add(sum);
            }
            scored += scoredOnes;
        }

        void add(Tally other) {
            other.byStatus.forEach((s, n) -> byStatus.merge(s, n, Long::sum));
            scoreSum = scoreSum.add(other.scoreSum);
            scored += other.scored;
        }

        Figures figures() {
            long applications =
                    byStatus.values().stream().mapToLong(Long::longValue).sum();
            long accepted = byStatus.entrySet().stream()
                    .filter(e -> accepted(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            return new Figures(
                    applications,
                    new EnumMap<>(byStatus),
                    accepted,
                    acceptanceRate(accepted, applications),
                    averageScore(scoreSum, scored),
                    byStatus.get(ApplicationStatus.WAITLISTED));
        }
    }

    private ApplicationStatisticsPolicy() {}
}
