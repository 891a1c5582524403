package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.INVALID_PROJECT_HOURS;
import static org.mentorship.application.problem.ApplicationProblems.SCHEDULE_FIXED;
import static org.mentorship.application.problem.ApplicationProblems.SCHEDULE_OUTSIDE_TERM;
import static org.mentorship.application.problem.ApplicationProblems.SCHEDULE_TOO_SHORT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A project's schedule within its term (issue 18, item 7): its size in hours, its length in weeks and its start. What
 * a project leaves unset is the term's: it starts on the term's program start and, without a length, runs until the
 * term's program end. The mentee's dates (MenteeOnboarded.programStart/programEnd) are the project's.
 */
public final class ProjectSchedulePolicy {

    public static final int MIN_HOURS = 10;
    public static final int MAX_HOURS = 1000;
    /** Every evaluation needs at least this much of the project before it. */
    public static final int WEEKS_PER_EVALUATION = 2;

    /** What the project sets (each null when it is the term's). */
    public record Fields(Integer hours, Integer lengthWeeks, LocalDate startsOn) {
        public static final Fields AS_TERM = new Fields(null, null, null);

        public boolean followsTerm() {
            return lengthWeeks == null && startsOn == null;
        }
    }

    /** The project's effective dates: from {@code startsOn} to {@code endsOn}. */
    public record Schedule(Integer hours, Integer lengthWeeks, LocalDate startsOn, LocalDate endsOn) {}

    /** The dates the project runs: its own where set, the term's otherwise. */
    public static Schedule effective(Fields fields, LocalDate termStart, LocalDate termEnd) {
        LocalDate start = fields.startsOn() != null ? fields.startsOn() : termStart;
        LocalDate end = fields.lengthWeeks() != null ? start.plusWeeks(fields.lengthWeeks()) : termEnd;
        return new Schedule(fields.hours(), fields.lengthWeeks(), start, end);
    }

    /**
     * 422 when the schedule does not fit: hours out of 10..1000 (invalid-project-hours), starting before the term's
     * program or ending after it (schedule-outside-term), shorter than two weeks per evaluation (schedule-too-short).
     * A project that sets no dates follows its term, whose own dates are checked with the term.
     */
    public static Schedule require(Fields fields, int evaluationCount, LocalDate termStart, LocalDate termEnd) {
        requireHours(fields.hours());
        Schedule schedule = effective(fields, termStart, termEnd);
        if (fields.followsTerm()) {
            return schedule;
        }
        requireWithinTerm(schedule, termStart, termEnd);
        requireLongEnough(schedule, evaluationCount);
        return schedule;
    }

    public static void requireHours(Integer hours) {
        if (hours != null && (hours < MIN_HOURS || hours > MAX_HOURS)) {
            throw INVALID_PROJECT_HOURS.with(
                    "A project's size is " + MIN_HOURS + " to " + MAX_HOURS + " hours; " + hours + " is not");
        }
    }

    public static void requireWithinTerm(Schedule schedule, LocalDate termStart, LocalDate termEnd) {
        if (schedule.startsOn().isBefore(termStart)) {
            throw SCHEDULE_OUTSIDE_TERM.with("The project starts on or after its term's program start (" + termStart
                    + "), not on " + schedule.startsOn());
        }
        if (schedule.endsOn().isAfter(termEnd)) {
            throw SCHEDULE_OUTSIDE_TERM.with("The project ends on or before its term's program end (" + termEnd
                    + "); starting " + schedule.startsOn() + " it would end on " + schedule.endsOn());
        }
    }

    public static void requireLongEnough(Schedule schedule, int evaluationCount) {
        long days = ChronoUnit.DAYS.between(schedule.startsOn(), schedule.endsOn());
        long needed = 7L * WEEKS_PER_EVALUATION * evaluationCount;
        if (days < needed) {
            throw SCHEDULE_TOO_SHORT.with("A project with " + evaluationCount + " evaluations runs at least "
                    + WEEKS_PER_EVALUATION * evaluationCount + " weeks; this one runs " + days + " days");
        }
    }

    /** 409 schedule-fixed when the schedule (size, start, length) changes while the project has accepted mentees (they hold its dates). */
    public static void requireEditable(Fields current, Fields wanted, long menteesHoldingSlot) {
        boolean changes = !Objects.equals(current.hours(), wanted.hours())
                || !Objects.equals(current.lengthWeeks(), wanted.lengthWeeks())
                || !Objects.equals(current.startsOn(), wanted.startsOn());
        if (changes && menteesHoldingSlot > 0) {
            throw SCHEDULE_FIXED.with("The project has accepted mentees: its size, start and length are fixed");
        }
    }

    private ProjectSchedulePolicy() {}
}
