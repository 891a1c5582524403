package org.mentorship.evaluation.policy;

import java.util.List;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.MilestoneStatus;
import org.mentorship.evaluation.model.PlanTask;
import org.mentorship.evaluation.model.TaskStatus;

/**
 * When a mentorship is completed (stages 3 and 4): it is still open, its final evaluation passed, and every milestone
 * is met and every task done. Whichever comes last (the final pass, the last milestone, the last task) completes it.
 */
public final class CompletionPolicy {

    /** @param finalEvaluation the last evaluation of the schedule; null when there is none */
    public static boolean isComplete(Evaluation finalEvaluation, List<Milestone> milestones, List<PlanTask> tasks) {
        boolean finalPassed = finalEvaluation != null && finalEvaluation.passed();
        return finalPassed
                && milestones.stream().allMatch(CompletionPolicy::met)
                && tasks.stream().allMatch(CompletionPolicy::done);
    }

    public static boolean met(Milestone milestone) {
        return milestone.status == MilestoneStatus.MET;
    }

    public static boolean done(PlanTask task) {
        return task.status == TaskStatus.DONE;
    }

    private CompletionPolicy() {}
}
