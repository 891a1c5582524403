package org.mentorship.evaluation.policy;

import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_WINDOW_NOT_OPEN;
import static org.mentorship.evaluation.problem.EvaluationProblems.MENTEE_FEEDBACK_GIVEN;

import java.time.Instant;
import org.mentorship.evaluation.model.Evaluation;

/**
 * The mentee's evaluation of the mentorship (issue 18, item 5): at each evaluation she rates her mentor's support and
 * says how many hours she worked. Who gives it (only the mentee of the mentorship) is {@code Access.requireMenteeSelf}.
 * <ol>
 * <li>once per evaluation: it is not changed afterwards;</li>
 * <li>from the evaluation's window on (when the mentor evaluates her), not before;</li>
 * <li>it is read by coordinators, by the org-admins of the mentorship's organisation and by the mentee herself, never
 * by a mentor of the mentorship (a coordinator or org-admin who also mentors it reads as its mentor).</li>
 * </ol>
 */
public final class MenteeFeedbackPolicy {

    public static void requireGivable(Evaluation e, Instant now) {
        if (e.menteeFeedbackAt != null) {
            throw MENTEE_FEEDBACK_GIVEN.with("Your evaluation of the mentorship at evaluation " + e.number
                    + " was given at " + e.menteeFeedbackAt + "; it is given once");
        }
        if (!EvaluationSchedule.windowOpen(e.windowOpensAt, now)) {
            throw EVALUATION_WINDOW_NOT_OPEN.with("Evaluation " + e.number + " opens at " + e.windowOpensAt
                    + "; you evaluate the mentorship from then on");
        }
    }

    /** Whether a reader sees the mentee's evaluation of the mentorship. */
    public static boolean visible(boolean isTheMentee, boolean isProgramStaff, boolean mentorsIt) {
        return isTheMentee || (isProgramStaff && !mentorsIt);
    }

    private MenteeFeedbackPolicy() {}
}
