package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.ANNOUNCEMENT_MADE;
import static org.mentorship.application.problem.ApplicationProblems.INVALID_ANNOUNCEMENT_TIME;

import java.time.Duration;
import java.time.Instant;

/**
 * A term's announcement embargo (issue 18, item 3): decisions may be made early, but nothing of them reaches the
 * applicant before the term's {@code announceAt}: her views show the application as it was, mails and notices wait,
 * call tasks are not listed, onboarding does not start. Everything is a comparison with the time, so at announceAt
 * all shows at once without a job.
 */
public final class AnnouncementPolicy {

    /** Whether a change made at {@code now} to an application of a term announcing at {@code announceAt} is held. */
    public static boolean holdsChangesAt(Instant announceAt, Instant now) {
        return announceAt != null && now.isBefore(announceAt);
    }

    /** Whether an application with held changes ({@code hasHeldChanges}) still looks to its applicant as before. */
    public static boolean isHeld(boolean hasHeldChanges, Instant announceAt, Instant now) {
        return hasHeldChanges && holdsChangesAt(announceAt, now);
    }

    /** When the applicant learns of a change made now: at announceAt while it is ahead, otherwise at once (null). */
    public static Instant visibleFrom(Instant announceAt, Instant now) {
        return holdsChangesAt(announceAt, now) ? announceAt : null;
    }

    /** The first attempt of a decision's mail: at announceAt while it is ahead, otherwise now. */
    public static Instant firstAttemptAt(Instant announceAt, Instant now) {
        return holdsChangesAt(announceAt, now) ? announceAt : now;
    }

    /** For staff: until when the applicant does not see the application's changes; null when she sees them. */
    public static Instant heldUntil(boolean hasHeldChanges, Instant announceAt, Instant now) {
        return isHeld(hasHeldChanges, announceAt, now) ? announceAt : null;
    }

    /**
     * For staff: when the applicant was (or is) told the decision: announceAt for a held one once it passed, the
     * decision time for one made when nothing was held; null while held or undecided.
     */
    public static Instant announcedAt(boolean hasHeldChanges, Instant decidedAt, Instant announceAt, Instant now) {
        if (isHeld(hasHeldChanges, announceAt, now)) {
            return null;
        }
        return hasHeldChanges && announceAt != null ? announceAt : decidedAt;
    }

    /** 422 invalid-announcement-time unless an announcement time (optional) is after the applications close. */
    public static void requireValid(Instant announceAt, Instant applicationsCloseAt) {
        if (announceAt != null && !announceAt.isAfter(applicationsCloseAt)) {
            throw INVALID_ANNOUNCEMENT_TIME.with(
                    "Decisions are announced after applications close (" + applicationsCloseAt + ")");
        }
    }

    /** 409 announcement-made when an announcement time that has passed is moved or removed: it was told. */
    public static void requireMovable(Instant current, Instant wanted, Instant now) {
        if (current != null && !current.isAfter(now) && !same(current, wanted)) {
            throw ANNOUNCEMENT_MADE.with(
                    "Decisions of this term were announced at " + current + "; that time is fixed");
        }
    }

    /** Whether a change of the announcement time moves held mails and notices (both still ahead, not the same). */
    public static boolean reschedules(Instant current, Instant wanted, Instant now) {
        return holdsChangesAt(current, now) && holdsChangesAt(wanted, now) && !same(current, wanted);
    }

    /** Whether a change of the announcement time releases what is held: it was ahead, and now it is not. */
    public static boolean releases(Instant current, Instant wanted, Instant now) {
        return holdsChangesAt(current, now) && !holdsChangesAt(wanted, now);
    }

    /** Within a microsecond counts as the same instant: PostgreSQL keeps microseconds. */
    static boolean same(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(Duration.between(a, b).toNanos()) < 1_000;
    }

    private AnnouncementPolicy() {}
}
