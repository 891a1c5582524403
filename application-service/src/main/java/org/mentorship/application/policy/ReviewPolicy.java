package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.PREREQUISITES_INCOMPLETE;
import static org.mentorship.application.problem.ApplicationProblems.REVIEW_PERIOD_ENDED;
import static org.mentorship.application.problem.ApplicationProblems.REVIEW_PERIOD_TOO_SHORT;

import java.time.Duration;
import java.time.Instant;

/**
 * The review rules of stage 1, in one place:
 * <ol>
 * <li>a review lasts at least {@value #MINIMUM_DAYS} days: a deployment may raise the minimum, never lower it, and a
 * term's review period is never below it (a term without one gets the configured default, raised to the minimum);
 * <li>a term's review period ends its review days after applications close;
 * <li>an application is in review for at least the minimum after it was submitted: deciding it earlier is selection's
 * override ({@link SelectionPolicy});
 * <li>prerequisites can be completed, and applications accepted, only until the review period ends;
 * <li>an application whose prerequisites are not all approved cannot be accepted;
 * <li>an application still open when the review period ends closes as not accepted, saying why.
 * </ol>
 */
public final class ReviewPolicy {

    /** The program's floor: no review is shorter, whatever a deployment configures. */
    public static final int MINIMUM_DAYS = 14;

    /** Why an application closes at review end when every prerequisite was approved. */
    public static final String NOT_SELECTED = "not selected";
    /** Why it closes when some prerequisite was not approved. */
    public static final String PREREQUISITES_NOT_APPROVED = "prerequisites incomplete";

    private final int minimumDays;
    private final int defaultDays;

    /**
     * @param configuredMinimumDays the deployment's minimum review, if it sets one (taken only when above 14)
     * @param configuredDefaultDays the review period of a term created without one (taken only when above the minimum)
     */
    public ReviewPolicy(int configuredMinimumDays, int configuredDefaultDays) {
        this.minimumDays = Math.max(MINIMUM_DAYS, configuredMinimumDays);
        this.defaultDays = Math.max(configuredDefaultDays, minimumDays);
    }

    /** The minimum review in effect: at least 14 days. */
    public int minimumDays() {
        return minimumDays;
    }

    /** A term's review period: the one asked for, or the default; refused below the minimum. */
    public int reviewDays(Integer requested) {
        int days = requested == null ? defaultDays : requested;
        if (days < minimumDays) {
            throw REVIEW_PERIOD_TOO_SHORT.with("A review period lasts at least " + minimumDays + " days; got " + days);
        }
        return days;
    }

    /** When a term's review period ends: its review days after applications close. */
    public static Instant reviewEndsAt(Instant applicationsCloseAt, int reviewDays) {
        return applicationsCloseAt.plus(Duration.ofDays(reviewDays));
    }

    /** The earliest an application may be decided without an override: the minimum review after submission. */
    public Instant earliestDecision(Instant submittedAt) {
        return submittedAt.plus(Duration.ofDays(minimumDays));
    }

    /** Prerequisites move, and applications are accepted, only while the review period runs. */
    public static void requireReviewRunning(Instant reviewEndsAt, Instant now) {
        if (!now.isBefore(reviewEndsAt)) {
            throw REVIEW_PERIOD_ENDED.with("The review period ended at " + reviewEndsAt);
        }
    }

    /** Only an application whose every prerequisite is approved can be accepted. */
    public static void requirePrerequisitesApproved(boolean allApproved) {
        if (!allApproved) {
            throw PREREQUISITES_INCOMPLETE.with(
                    "Every prerequisite must be approved before the application can be accepted");
        }
    }

    /** Why an application still open at review end closes as not accepted. */
    public static String closingReason(boolean allApproved) {
        return allApproved ? NOT_SELECTED : PREREQUISITES_NOT_APPROVED;
    }
}
