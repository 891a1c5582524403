package org.mentorship.evaluation.policy;

import static org.mentorship.evaluation.problem.EvaluationProblems.APPEAL_ALREADY_MADE;
import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_NOT_UNDER_REVIEW;
import static org.mentorship.evaluation.problem.EvaluationProblems.ON_BEHALF_REASON_REQUIRED;
import static org.mentorship.evaluation.problem.EvaluationProblems.REVIEW_WINDOW_CLOSED;

import java.time.Duration;
import java.time.Instant;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.platform.security.SeparationOfDuties;

/**
 * The governance of an evaluation (issue 18, item 5), in one place. Who appeals (only the mentee of the mentorship)
 * and who reviews (a coordinator who is neither its mentee nor one of its mentors) are the object-access rules
 * ({@code Access.requireMenteeSelf}, {@code Access.requireReviewer}).
 * <ol>
 * <li>only a FAIL is held for review, and only when the review window has days (0 days: the FAIL is final at once,
 * as before);</li>
 * <li>the window ends {@code days} after the submission;</li>
 * <li>the mentee appeals a FAIL under review, once, before its window ends;</li>
 * <li>a coordinator decides a FAIL under review (confirm or overturn), inside the window or after it;</li>
 * <li>nobody reviews a FAIL they submitted themselves (on behalf of the mentor);</li>
 * <li>a window that ends without an appeal confirms the FAIL by itself; with an appeal it waits for a coordinator;</li>
 * <li>a coordinator submits on behalf of an absent mentor only with a reason.</li>
 * </ol>
 */
public final class FailReviewPolicy {

    /** Whether a submitted {@code outcome} waits for review rather than being final at once. */
    public static boolean heldForReview(Outcome outcome, int reviewDays) {
        return outcome == Outcome.FAIL && reviewDays > 0;
    }

    /** When the review window of a FAIL submitted {@code at} ends. */
    public static Instant reviewEndsAt(Instant at, int reviewDays) {
        return at.plus(Duration.ofDays(reviewDays));
    }

    public static void requireAppealable(Evaluation e, Instant now) {
        requireUnderReview(e);
        if (e.appealedAt != null) {
            throw APPEAL_ALREADY_MADE.with("The FAIL of evaluation " + e.number + " was appealed at " + e.appealedAt
                    + "; a coordinator decides it");
        }
        if (!now.isBefore(e.reviewEndsAt)) {
            throw REVIEW_WINDOW_CLOSED.with("The review window of evaluation " + e.number + " ended at "
                    + e.reviewEndsAt + "; the FAIL is no longer appealed");
        }
    }

    public static void requireUnderReview(Evaluation e) {
        if (e.status != EvaluationStatus.UNDER_REVIEW) {
            throw EVALUATION_NOT_UNDER_REVIEW.with("Evaluation " + e.number + " of mentorship " + e.mentorshipId
                    + " is " + e.status + "; only a FAIL under review is appealed or decided");
        }
    }

    /** 403 self-dealing: the coordinator who submitted the FAIL for an absent mentor does not also decide it. */
    public static void requireReviewerIsNotSubmitter(Evaluation e, String reviewer) {
        if (SeparationOfDuties.isSelf(reviewer, e.submittedBy)) {
            throw SeparationOfDuties.refusal("You submitted evaluation " + e.number + " of mentorship " + e.mentorshipId
                    + "; another coordinator decides its review");
        }
    }

    /** Whether the window of a FAIL under review ended without an appeal, so the FAIL stands by itself. */
    public static boolean confirmsByItself(Evaluation e, Instant now) {
        return e.status == EvaluationStatus.UNDER_REVIEW && e.appealedAt == null && !now.isBefore(e.reviewEndsAt);
    }

    /** A submission on behalf of an absent mentor says why. */
    public static void requireOnBehalfReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ON_BEHALF_REASON_REQUIRED.with("A submission on behalf of an absent mentor needs onBehalfReason");
        }
    }

    private FailReviewPolicy() {}
}
