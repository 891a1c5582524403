package org.mentorship.evaluation.policy;

import java.time.Duration;
import java.time.Instant;
import org.mentorship.evaluation.model.ReminderKind;

/**
 * When the mentors of a missing evaluation are reminded and when it is escalated to the coordinators (stage 4), with
 * the configured durations ({@code mentorship.evaluation.reminders.*}):
 * <ol>
 * <li>reminders start {@code upcomingBefore} ahead of the due instant (UPCOMING), then "due today" within
 * {@code dueSoonBefore} of it (DUE_TODAY), and OVERDUE from the due instant on; only the latest phase is sent, so a
 * long pause does not send a burst;</li>
 * <li>an evaluation still missing {@code escalateAfter} after its due instant is escalated to the coordinators.</li>
 * </ol>
 */
public record ReminderPolicy(Duration upcomingBefore, Duration dueSoonBefore, Duration escalateAfter) {

    /** Evaluations due before this instant get a reminder now. */
    public Instant remindDueBefore(Instant now) {
        return now.plus(upcomingBefore);
    }

    /** Which reminder applies now. */
    public ReminderKind phase(Instant now, Instant due) {
        if (!now.isBefore(due)) {
            return ReminderKind.OVERDUE;
        }
        return now.isBefore(due.minus(dueSoonBefore)) ? ReminderKind.UPCOMING : ReminderKind.DUE_TODAY;
    }

    public boolean escalates(Instant now, Instant due) {
        return !now.isBefore(due.plus(escalateAfter));
    }
}
