package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.ALREADY_ACCEPTED_IN_TERM;
import static org.mentorship.application.problem.ApplicationProblems.NO_FREE_SLOT;
import static org.mentorship.application.problem.ApplicationProblems.REASON_REQUIRED;
import static org.mentorship.application.problem.ApplicationProblems.REVIEW_MINIMUM_NOT_REACHED;
import static org.mentorship.application.problem.ApplicationProblems.SLOTS_BELOW_ACCEPTED;

import java.time.Instant;
import java.util.List;
import org.mentorship.application.model.Application;

/**
 * The selection rules of stage 2, in one place (who decides is the resources' role check: a coordinator decides, a
 * mentor of the project may recommend; nobody decides their own application):
 * <ol>
 * <li>a rejection says why;
 * <li>an application is accepted no earlier than its review minimum ({@link ReviewPolicy#earliestDecision}) unless the
 * coordinator overrides it with a reason, which is kept;
 * <li>a project never takes more accepted applicants than it has slots, and its slots never drop below them;
 * <li>a mentee is accepted to at most one project per term; accepting one withdraws their other open applications of
 * that term.
 * </ol>
 */
public final class SelectionPolicy {

    /** Why the other open applications of a term are withdrawn when one is accepted. */
    public static final String ACCEPTED_ELSEWHERE = "accepted to another project of the term";

    /** A rejection is refused without a reason; the reason, trimmed, is what the applicant is told. */
    public static String rejectionReason(String reason) {
        if (isBlank(reason)) {
            throw REASON_REQUIRED.with("Say why the application is rejected");
        }
        return reason.trim();
    }

    /**
     * Whether accepting now overrides the review minimum: refused when it would and no override reason is given.
     *
     * @param earliest the application's earliest decision without an override
     */
    public static boolean overridesReviewMinimum(Instant earliest, Instant now, String overrideReason) {
        boolean early = now.isBefore(earliest);
        if (early && isBlank(overrideReason)) {
            throw REVIEW_MINIMUM_NOT_REACHED.with(
                    "The application is in review until " + earliest + "; accept earlier only with an overrideReason");
        }
        return early;
    }

    /** One project per term: refused when the applicant already holds a slot of another project of the term. */
    public static void requireNotAcceptedInTerm(boolean acceptedInTerm) {
        if (acceptedInTerm) {
            throw ALREADY_ACCEPTED_IN_TERM.with("The applicant is already accepted to a project of this term");
        }
    }

    /** A project takes no more accepted applicants than its slots. */
    public static void requireFreeSlot(int slots, long taken, String projectTitle) {
        if (taken >= slots) {
            throw NO_FREE_SLOT.with("All " + slots + " slots of '" + projectTitle + "' are taken");
        }
    }

    /** A project's slots never drop below the applicants already accepted to it. */
    public static void requireSlotsCoverAccepted(int slots, long taken) {
        if (slots < taken) {
            throw SLOTS_BELOW_ACCEPTED.with(taken + " applicants are already accepted to this project");
        }
    }

    /** The applications withdrawn when one is accepted: the applicant's other open ones of the term. */
    public static List<Application> withdrawnOnAcceptance(Application accepted, List<Application> openInTerm) {
        return openInTerm.stream()
                .filter(other -> !other.id.equals(accepted.id))
                .toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private SelectionPolicy() {}
}
