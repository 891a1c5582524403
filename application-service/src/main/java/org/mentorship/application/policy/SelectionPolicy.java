package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.ALREADY_ACCEPTED_IN_TERM;
import static org.mentorship.application.problem.ApplicationProblems.NO_FREE_SLOT;
import static org.mentorship.application.problem.ApplicationProblems.REASON_REQUIRED;
import static org.mentorship.application.problem.ApplicationProblems.REVIEW_MINIMUM_NOT_REACHED;
import static org.mentorship.application.problem.ApplicationProblems.SLOTS_BELOW_ACCEPTED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;

/**
 * The selection rules of stage 2, in one place (who decides is the resources' role check: a coordinator decides, a
 * mentor of the project may recommend; nobody decides their own application):
 * <ol>
 * <li>a rejection says why;
 * <li>an application is accepted no earlier than its review minimum ({@link ReviewPolicy#earliestDecision}) unless the
 * coordinator overrides it with a reason, which is kept;
 * <li>a project never takes more accepted applicants than it has slots, and its slots never drop below them;
 * <li>a mentee is accepted to at most one project per term; accepting one withdraws their other open applications of
 * that term, except those she ranked higher (preferenceRank) while the accepted one is not onboarded: if one of those
 * is accepted later, she keeps it and the first is released, its slot freed to its waitlist (WaitlistPolicy).
 * Without ranks on both, accepting someone already accepted in the term is refused.
 * </ol>
 */
public final class SelectionPolicy {

    /** Why the other open applications of a term are withdrawn when one is accepted. */
    public static final String ACCEPTED_ELSEWHERE = "accepted to another project of the term";

    /** Why an accepted application is released when the applicant is accepted by a project she ranked higher. */
    public static final String HIGHER_PREFERENCE = "accepted by a project of higher preference";

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

    /**
     * What accepting {@code candidate} does to the applicant's application that already holds a slot in the term:
     * nothing when there is none; it is released when she ranked the candidate higher and it is still ACCEPTED (not
     * onboarded); otherwise the acceptance is refused (409 already-accepted-in-term).
     *
     * @return the application to release, if any
     */
    public static Optional<Application> releasedBy(Application candidate, Optional<Application> heldInTerm) {
        boolean refused = heldInTerm.isPresent() && !preferredOver(candidate, heldInTerm.get());
        requireNotAcceptedInTerm(refused);
        return heldInTerm;
    }

    /** Whether the candidate may be accepted over the one held: ranked both, the candidate higher, not onboarded. */
    public static boolean preferredOver(Application candidate, Application held) {
        return held.status == ApplicationStatus.ACCEPTED && rankedHigher(candidate, held);
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

    /**
     * The applications withdrawn when one is accepted: the applicant's other open ones of the term, except those she
     * ranked higher (they may still accept her).
     */
    public static List<Application> withdrawnOnAcceptance(Application accepted, List<Application> openInTerm) {
        return openInTerm.stream()
                .filter(other -> !other.id.equals(accepted.id))
                .filter(other -> !rankedHigher(other, accepted))
                .toList();
    }

    private static boolean rankedHigher(Application a, Application b) {
        return a.preferenceRank != null && b.preferenceRank != null && a.preferenceRank < b.preferenceRank;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private SelectionPolicy() {}
}
