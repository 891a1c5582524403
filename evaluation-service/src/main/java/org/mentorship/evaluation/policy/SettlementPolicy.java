package org.mentorship.evaluation.policy;

import static org.mentorship.evaluation.problem.EvaluationProblems.EARNED_EVALUATION_REQUIRED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_NOT_EARNABLE;

import java.time.Instant;
import java.util.List;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.ReviewDecision;
import org.mentorship.evaluation.model.Settlement;

/**
 * "Terminate and pay the earned installment" (issue 18, item 5): which evaluation an early end may name as the one
 * whose installment is still paid (MentorshipTerminated.settlement PAY_EARNED, earnedEvaluation).
 * <ol>
 * <li>a PAY_EARNED end names an evaluation, a CANCEL_UNPAID end (the default) names none;</li>
 * <li>the named evaluation is one of this mentorship's (1 to its evaluation count);</li>
 * <li>it is submitted: passed, reviewed, or a FAIL under review (a scheduled, reopened or postponed one earned
 * nothing);</li>
 * <li>it is not beyond the last evaluation that was due (one due later cannot have been earned, even if submitted
 * early in its window);</li>
 * <li>a review decided TERMINATE_AND_PAY names the evaluation under review itself (it was submitted in its window);
 * CONFIRM and the window ending without an appeal cancel every unpaid installment.</li>
 * </ol>
 * Whether the named evaluation carries an installment at all is stipend-service's business (its plan's split).
 */
public final class SettlementPolicy {

    public static void requireNamedOnlyToPay(Settlement settlement, Integer earnedEvaluation) {
        if (settlement == Settlement.PAY_EARNED && earnedEvaluation == null) {
            throw EARNED_EVALUATION_REQUIRED.with("Settlement PAY_EARNED needs earnedEvaluation: the evaluation whose"
                    + " installment is still paid");
        }
        if (settlement != Settlement.PAY_EARNED && earnedEvaluation != null) {
            throw EARNED_EVALUATION_REQUIRED.with("earnedEvaluation " + earnedEvaluation
                    + " was sent without settlement PAY_EARNED; every unpaid installment would be cancelled");
        }
    }

    /** Rules 2 to 4: evaluation {@code number} of {@code schedule} (the mentorship's, in order) may be paid at {@code now}. */
    public static void requireEarnable(List<Evaluation> schedule, int number, Instant now) {
        Evaluation named = schedule.stream()
                .filter(e -> e.number == number)
                .findFirst()
                .orElseThrow(() -> EVALUATION_NOT_EARNABLE.with(
                        "The mentorship has evaluations 1 to " + schedule.size() + ", not " + number));
        if (!submitted(named)) {
            throw EVALUATION_NOT_EARNABLE.with("Evaluation " + number + " is " + named.status
                    + "; only a submitted (or reviewed, or under review) evaluation earns its installment");
        }
        int lastDue = lastDue(schedule, now);
        if (number > lastDue) {
            throw EVALUATION_NOT_EARNABLE.with("Evaluation " + number + " is due at " + named.dueAt
                    + (lastDue == 0 ? "; no evaluation was due yet" : "; the last one due was evaluation " + lastDue));
        }
    }

    /** Rule 5: the evaluation a review's decision pays, or null when the decision cancels every unpaid installment. */
    public static Integer earnedByReview(ReviewDecision decision, Evaluation underReview) {
        return decision == ReviewDecision.TERMINATE_AND_PAY ? underReview.number : null;
    }

    /** The number of the last evaluation due at or before {@code now} (0 when none was). */
    public static int lastDue(List<Evaluation> schedule, Instant now) {
        return schedule.stream()
                .filter(e -> !e.dueAt.isAfter(now))
                .mapToInt(e -> e.number)
                .max()
                .orElse(0);
    }

    private static boolean submitted(Evaluation e) {
        return e.status == EvaluationStatus.SUBMITTED || e.status == EvaluationStatus.UNDER_REVIEW;
    }

    private SettlementPolicy() {}
}
