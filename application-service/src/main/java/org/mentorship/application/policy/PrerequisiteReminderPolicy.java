package org.mentorship.application.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.mentorship.application.model.PrerequisiteStatus;

/**
 * When a mentee is reminded of prerequisites, in one place:
 * <ol>
 * <li>an application still in review with a prerequisite not handed in (not started, or returned to them) is
 * reminded once its term's review end is {@value #DEFAULT_DAYS_BEFORE} days away or less (a deployment may choose
 * another number of days, at least 1);
 * <li>not after the review end: nothing can be handed in any more;
 * <li>once per application (the caller keeps that with a unique key).
 * </ol>
 */
public final class PrerequisiteReminderPolicy {

    public static final int DEFAULT_DAYS_BEFORE = 3;

    private final Duration ahead;

    public PrerequisiteReminderPolicy(int daysBefore) {
        this.ahead = Duration.ofDays(Math.max(1, daysBefore));
    }

    /** From when a term's applications are reminded. */
    public Instant remindFrom(Instant reviewEndsAt) {
        return reviewEndsAt.minus(ahead);
    }

    /** The latest review end reminded at {@code now}. */
    public Instant remindUntil(Instant now) {
        return now.plus(ahead);
    }

    /** Whether an application with these prerequisite statuses is reminded now. */
    public boolean due(Instant reviewEndsAt, Collection<PrerequisiteStatus> prerequisites, Instant now) {
        return !now.isBefore(remindFrom(reviewEndsAt)) && now.isBefore(reviewEndsAt) && anyNotHandedIn(prerequisites);
    }

    /** A prerequisite not started, or returned to the mentee, is not handed in. */
    public static boolean anyNotHandedIn(Collection<PrerequisiteStatus> prerequisites) {
        return prerequisites.stream()
                .anyMatch(s -> s == PrerequisiteStatus.NOT_STARTED || s == PrerequisiteStatus.RETURNED);
    }
}
