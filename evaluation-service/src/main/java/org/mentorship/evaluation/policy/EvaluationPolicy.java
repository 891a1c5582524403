package org.mentorship.evaluation.policy;

import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_LOCKED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_NOT_SUBMITTED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_UNDER_REVIEW;
import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_WINDOW_NOT_OPEN;
import static org.mentorship.evaluation.problem.EvaluationProblems.EXTENSION_WEEKS_REQUIRED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EXTENSION_WEEKS_UNEXPECTED;
import static org.mentorship.evaluation.problem.EvaluationProblems.PREVIOUS_EVALUATION_PENDING;

import java.time.Instant;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.Outcome;

/**
 * The rules of an evaluation (stage 4), in one place. Who submits (only a mentor of the mentorship, never its
 * mentee) is the object-access rule ({@code Access.requireMentor}); when it is due is {@link EvaluationSchedule}.
 * <ol>
 * <li>a submitted evaluation is locked: it is submitted again only after a coordinator reopened it (the reason is
 * kept); only a submitted one is reopened (not one under review: that is decided, {@link FailReviewPolicy});</li>
 * <li>evaluations are submitted in order: the one before must have passed;</li>
 * <li>not before its window opens (late is accepted and flagged);</li>
 * <li>the outcome is PASS, FAIL or EXTEND; only EXTEND takes extensionWeeks, and needs them (1 to 5, at most 5 in
 * total);</li>
 * <li>FAIL ends the mentorship; a PASS of the final evaluation may complete it ({@link CompletionPolicy});</li>
 * <li>a reopened evaluation resubmitted with another outcome says so, so what the first outcome earned is taken
 * back.</li>
 * </ol>
 */
public final class EvaluationPolicy {

    /**
     * Whether evaluation {@code e} may be submitted now, in this order: locked, previous not passed, window not open.
     *
     * @param previous the evaluation before it; null for the first
     */
    public static void requireSubmittable(Evaluation e, Evaluation previous, Instant now) {
        requireUnlocked(e);
        if (previous != null && !previous.passed()) {
            throw PREVIOUS_EVALUATION_PENDING.with(
                    "Evaluation " + previous.number + " must be submitted and passed before evaluation " + e.number);
        }
        if (!EvaluationSchedule.windowOpen(e.windowOpensAt, now)) {
            throw EVALUATION_WINDOW_NOT_OPEN.with("Evaluation " + e.number + " opens at " + e.windowOpensAt
                    + " (7 days before it is due at " + e.dueAt + ")");
        }
    }

    public static void requireUnlocked(Evaluation e) {
        if (e.isLocked()) {
            throw EVALUATION_LOCKED.with("Evaluation " + e.number + " of mentorship " + e.mentorshipId
                    + " is submitted and locked; a coordinator can reopen it");
        }
    }

    public static void requireReopenable(Evaluation e) {
        if (e.status == EvaluationStatus.UNDER_REVIEW) {
            throw EVALUATION_UNDER_REVIEW.with("The FAIL of evaluation " + e.number + " of mentorship " + e.mentorshipId
                    + " is under review; decide the review instead of reopening it");
        }
        if (!e.isLocked()) {
            throw EVALUATION_NOT_SUBMITTED.with("Evaluation " + e.number + " of mentorship " + e.mentorshipId + " is "
                    + e.status + "; only a submitted one is reopened");
        }
    }

    /** extensionWeeks belongs to EXTEND alone, and EXTEND needs weeks the mentorship still has. */
    public static void requireWeeksFitOutcome(Mentorship m, Outcome outcome, Integer extensionWeeks) {
        if (outcome == Outcome.EXTEND) {
            if (extensionWeeks == null) {
                throw EXTENSION_WEEKS_REQUIRED.with("An extension needs extensionWeeks (1 to 5)");
            }
            EvaluationSchedule.requireExtension(m.id, m.extensionWeeks, extensionWeeks);
        } else if (extensionWeeks != null) {
            throw EXTENSION_WEEKS_UNEXPECTED.with("extensionWeeks applies only to the outcome EXTEND");
        }
    }

    /** A fail ends the mentorship (MentorshipTerminated). */
    public static boolean endsMentorship(Outcome outcome) {
        return outcome == Outcome.FAIL;
    }

    /** A pass of the final evaluation may complete the mentorship (if the plan is done too). */
    public static boolean mayCompleteMentorship(Evaluation e, Outcome outcome) {
        return outcome == Outcome.PASS && e.isFinal();
    }

    /**
     * A reopened evaluation whose outcome became final as another one than it had ({@code before}, null when it was
     * not reopened): EvaluationOutcomeChanged.
     */
    public static boolean outcomeChanged(Outcome before, Outcome after) {
        return before != null && before != after;
    }

    /** A reopened evaluation resubmitted with another outcome than the one it had (EvaluationOutcomeChanged). */
    public static boolean outcomeChanged(EvaluationStatus from, Outcome before, Outcome after) {
        return from == EvaluationStatus.REOPENED && before != null && before != after;
    }

    private EvaluationPolicy() {}
}
