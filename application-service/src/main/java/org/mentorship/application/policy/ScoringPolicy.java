package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.INVALID_RUBRIC;
import static org.mentorship.application.problem.ApplicationProblems.INVALID_SCORES;
import static org.mentorship.application.problem.ApplicationProblems.NO_RUBRIC;
import static org.mentorship.application.problem.ApplicationProblems.PREFERENCES_MISMATCH;
import static org.mentorship.application.problem.ApplicationProblems.REASON_REQUIRED;
import static org.mentorship.application.problem.ApplicationProblems.RUBRIC_IN_USE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mentorship.application.model.Rubric;
import org.mentorship.application.model.ScoreSet;

/**
 * The ranking and scoring rules of selection (issue 18), in one place (who may act is {@code Access}: the applicant
 * ranks her own, mentors of the project score, coordinators set rubrics and screen):
 * <ol>
 * <li>a preference order names each of the applicant's applications of the term that is not withdrawn, exactly
 * once ({@link #ranks});
 * <li>a rubric has at least one criterion and no key twice ({@link #requireValidRubric}); it is fixed once an
 * application of the project is scored ({@link #requireRubricUnscored});
 * <li>an application is scored only on its project's rubric ({@link #requireRubric}), on every criterion, each
 * within 0 and its maximum ({@link #total});
 * <li>averages are over the reviewers who scored, per criterion and of the totals, rounded half up to two decimals
 * ({@link #averages}); only coordinators see them, so mentors review independently;
 * <li>a screening (spam, ineligible) says why ({@link #screeningReason}).
 * </ol>
 */
public final class ScoringPolicy {

    /** The averages coordinators see: per criterion key (rubric order) and of the totals; empty before a score. */
    public record Averages(Map<String, BigDecimal> perCriterion, BigDecimal total, int reviewCount) {}

    /**
     * The rank of each application (1 = first choice) in the order the applicant named them.
     *
     * @param named the applicant's order
     * @param active her applications of the term that are not withdrawn
     */
    public static Map<UUID, Integer> ranks(List<UUID> named, Set<UUID> active) {
        Set<UUID> seen = new HashSet<>();
        List<UUID> twice = new ArrayList<>();
        for (UUID id : named) {
            if (!seen.add(id)) {
                twice.add(id);
            }
        }
        if (!twice.isEmpty()) {
            throw PREFERENCES_MISMATCH.with("Named more than once: " + twice);
        }
        Set<UUID> foreign = new TreeSet<>(seen);
        foreign.removeAll(active);
        if (!foreign.isEmpty()) {
            throw PREFERENCES_MISMATCH.with("Not your applications of this term (or withdrawn): " + foreign);
        }
        Set<UUID> missing = new TreeSet<>(active);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw PREFERENCES_MISMATCH.with("Rank every application of yours in the term; missing: " + missing);
        }
        Map<UUID, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < named.size(); i++) {
            ranks.put(named.get(i), i + 1);
        }
        return ranks;
    }

    /** A rubric has criteria, each key once (keys are what the scores name). */
    public static void requireValidRubric(List<Rubric.Criterion> criteria) {
        if (criteria.isEmpty()) {
            throw INVALID_RUBRIC.with("A rubric needs at least one criterion");
        }
        Set<String> keys = new HashSet<>();
        for (Rubric.Criterion c : criteria) {
            if (!keys.add(c.key)) {
                throw INVALID_RUBRIC.with("Criterion key '" + c.key + "' is given twice");
            }
        }
    }

    /** Scores given on a rubric would mean something else after a change: it is fixed once one exists. */
    public static void requireRubricUnscored(boolean scored) {
        if (scored) {
            throw RUBRIC_IN_USE.with("Applications of this project were scored on its rubric: it cannot change now");
        }
    }

    /** Scoring needs the project's rubric. */
    public static Rubric requireRubric(Optional<Rubric> rubric, String projectTitle) {
        return rubric.orElseThrow(
                () -> NO_RUBRIC.with("Project '" + projectTitle + "' has no rubric: a coordinator sets it first"));
    }

    /** The total of a score set: every criterion of the rubric scored, none other, each within 0 and its maximum. */
    public static int total(Rubric rubric, Map<String, Integer> points) {
        Set<String> unknown = new TreeSet<>(points.keySet());
        int total = 0;
        for (Rubric.Criterion c : rubric.criteria) {
            unknown.remove(c.key);
            Integer p = points.get(c.key);
            if (p == null) {
                throw INVALID_SCORES.with("Criterion '" + c.key + "' is not scored");
            }
            if (p < 0 || p > c.maxPoints) {
                throw INVALID_SCORES.with("Criterion '" + c.key + "' takes 0 to " + c.maxPoints + " points, not " + p);
            }
            total += p;
        }
        if (!unknown.isEmpty()) {
            throw INVALID_SCORES.with("The rubric has no criterion " + unknown);
        }
        return total;
    }

    /** The averages over the reviewers who scored. */
    public static Averages averages(Rubric rubric, List<ScoreSet> sets) {
        int n = sets.size();
        Map<String, BigDecimal> perCriterion = new LinkedHashMap<>();
        if (n == 0) {
            return new Averages(perCriterion, null, 0);
        }
        for (Rubric.Criterion c : rubric.criteria) {
            perCriterion.put(
                    c.key,
                    mean(
                            sets.stream()
                                    .mapToLong(s -> s.points.getOrDefault(c.key, 0))
                                    .sum(),
                            n));
        }
        return new Averages(perCriterion, averageTotal(sets), n);
    }

    /** The mean of the reviewers' totals; null before the first score. */
    public static BigDecimal averageTotal(List<ScoreSet> sets) {
        return sets.isEmpty()
                ? null
                : mean(sets.stream().mapToLong(s -> s.total).sum(), sets.size());
    }

    /** A screening is refused without a reason; the reason, trimmed, is kept. */
    public static String screeningReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw REASON_REQUIRED.with("Say why the application is screened out");
        }
        return reason.trim();
    }

    private static BigDecimal mean(long sum, int n) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    private ScoringPolicy() {}
}
