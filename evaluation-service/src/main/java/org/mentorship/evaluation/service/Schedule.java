package org.mentorship.evaluation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads a mentorship's evaluations evenly over its term, the last at the very end of the last day. Whole days,
 * so due instants read as "end of day N" in every time zone's calendar.
 */
public final class Schedule {

    private Schedule() {}

    /** Due instants of evaluations 1..count for a term from {@code startsOn} to {@code endsOn} (both inclusive). */
    public static List<Instant> dueInstants(LocalDate startsOn, LocalDate endsOn, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one evaluation");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The term ends before it starts");
        }
        long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        Instant start = startsOn.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Instant> due = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            long offset = Math.round((double) days * number / count);
            due.add(start.plus(offset, ChronoUnit.DAYS));
        }
        return due;
    }

    /** The number of evaluations: the project's 3 or 4; anything else (an older event without it) means 3. */
    public static int evaluationCount(int requested) {
        return requested == 4 ? 4 : 3;
    }
}
