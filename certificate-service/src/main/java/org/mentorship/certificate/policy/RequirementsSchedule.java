package org.mentorship.certificate.policy;

import java.time.Duration;
import java.time.Instant;

/**
 * When the completion requirements fall due and when the mentee is reminded (issue 19, item 3):
 * <ol>
 * <li>the survey opens when MentorshipCompleted arrives; the survey and the required exams are due
 * {@code dueAfter} (mentorship.certificate.requirements.due-after, 30 days) after the mentorship completed;</li>
 * <li>the mentee is reminded {@code remindBefore} (mentorship.certificate.requirements.remind-before, 7 days)
 * before that, once, and only while something is still missing and the due instant has not passed.</li>
 * </ol>
 * Nothing here closes the record: a Letter of Completion is still issued once everything is met, late or not.
 */
public final class RequirementsSchedule {

    private final Duration dueAfter;
    private final Duration remindBefore;

    public RequirementsSchedule(Duration dueAfter, Duration remindBefore) {
        if (dueAfter.isNegative() || dueAfter.isZero() || remindBefore.isNegative()) {
            throw new IllegalArgumentException("The requirements are due after a positive time, reminded before it");
        }
        this.dueAfter = dueAfter;
        this.remindBefore = remindBefore;
    }

    /** Rule 1. */
    public Instant dueAt(Instant mentorshipCompletedAt) {
        return mentorshipCompletedAt.plus(dueAfter);
    }

    /** Rule 2: when the reminder is due. */
    public Instant remindAt(Instant dueAt) {
        return dueAt.minus(remindBefore);
    }

    /** Rule 2: whether the reminder goes out now. */
    public boolean remindNow(Instant dueAt, boolean somethingMissing, Instant now) {
        return somethingMissing && !now.isBefore(remindAt(dueAt)) && now.isBefore(dueAt);
    }

    /** The earliest due instant whose reminder is due by {@code now} (a query bound). */
    public Instant remindedDueBefore(Instant now) {
        return now.plus(remindBefore);
    }
}
