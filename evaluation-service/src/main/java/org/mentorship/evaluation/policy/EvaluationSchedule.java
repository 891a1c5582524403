package org.mentorship.evaluation.policy;

import static org.mentorship.evaluation.problem.EvaluationProblems.EXTENSION_LIMIT_EXCEEDED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EXTENSION_WEEKS_OUT_OF_RANGE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When a mentorship's evaluations are due (stage 4), in one place:
 * <ol>
 * <li>3 or 4 evaluations per mentorship (the project's number; anything else means 3);</li>
 * <li>spread evenly over the term in whole days from the start date, the last at the very end of the term's last
 * day: evaluation n of c is due at the start (00:00 UTC) of day {@code startsOn + round(days * n / c)}, where
 * {@code days} counts the term's days with both ends (so due instants read as "end of day N" in every calendar);
 * these are the dates MentorshipStarted carries;</li>
 * <li>the submission window opens 7 days before the due instant;</li>
 * <li>extensions are 1 to 5 weeks each and at most 5 weeks over the mentorship's whole life; an extension moves
 * the evaluation it starts from, every later one (by whole weeks) and the end date;</li>
 * <li>a submission after the due instant is accepted and flagged late.</li>
 * </ol>
 */
public final class EvaluationSchedule {

    /** The submission window opens this long before the due instant. */
    public static final Duration WINDOW = Duration.ofDays(7);

    /** Most an evaluation (or a coordinator) may extend one mentorship, in weeks, over its whole life. */
    public static final int MAX_EXTENSION_WEEKS = 5;

    /** The number of evaluations: the project's 3 or 4; anything else (an older event without it) means 3. */
    public static int evaluationCount(int requested) {
        return requested == 4 ? 4 : 3;
    }

    /** Due instants of evaluations 1..count for a term from {@code startsOn} to {@code endsOn} (both inclusive). */
    public static List<Instant> dueInstants(LocalDate startsOn, LocalDate endsOn, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one evaluation");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The term ends before it starts");
        }
        long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        Instant start = startOf(startsOn);
        List<Instant> due = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            long offset = Math.round((double) days * number / count);
            due.add(start.plus(offset, ChronoUnit.DAYS));
        }
        return due;
    }

    /** Where the first evaluation period begins: the start date's first instant (UTC). */
    public static Instant startOf(LocalDate startsOn) {
        return startsOn.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public static Instant windowOpensAt(Instant due) {
        return due.minus(WINDOW);
    }

    public static boolean windowOpen(Instant windowOpensAt, Instant now) {
        return !now.isBefore(windowOpensAt);
    }

    /** Submitted (or still missing) after its due instant. */
    public static boolean isLate(Instant due, Instant now) {
        return now.isAfter(due);
    }

    /** A due instant moved by an extension of {@code weeks}. */
    public static Instant extended(Instant due, int weeks) {
        return due.plus(7L * weeks, ChronoUnit.DAYS);
    }

    /** The end date moved by an extension of {@code weeks}. */
    public static LocalDate extended(LocalDate endsOn, int weeks) {
        return endsOn.plusWeeks(weeks);
    }

    public static int weeksLeft(int extendedSoFar) {
        return MAX_EXTENSION_WEEKS - extendedSoFar;
    }

    /** One extension of {@code weeks} for a mentorship already extended by {@code extendedSoFar} weeks. */
    public static void requireExtension(UUID mentorshipId, int extendedSoFar, int weeks) {
        if (weeks < 1 || weeks > MAX_EXTENSION_WEEKS) {
            throw EXTENSION_WEEKS_OUT_OF_RANGE.with("An extension is 1 to 5 weeks, not " + weeks);
        }
        if (weeks > weeksLeft(extendedSoFar)) {
            throw EXTENSION_LIMIT_EXCEEDED.with("Mentorship " + mentorshipId + " was already extended by "
                    + extendedSoFar + " weeks; " + weeksLeft(extendedSoFar) + " are left");
        }
    }

    private EvaluationSchedule() {}
}
