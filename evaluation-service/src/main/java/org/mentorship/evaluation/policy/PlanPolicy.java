package org.mentorship.evaluation.policy;

import static org.mentorship.evaluation.problem.EvaluationProblems.EVIDENCE_REQUIRED;
import static org.mentorship.evaluation.problem.EvaluationProblems.MILESTONE_MET;
import static org.mentorship.evaluation.problem.EvaluationProblems.MILESTONE_TASKS_OPEN;
import static org.mentorship.evaluation.problem.EvaluationProblems.TASK_DONE;
import static org.mentorship.evaluation.problem.EvaluationProblems.TASK_TRANSITION_NOT_ALLOWED;

import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.PlanTask;
import org.mentorship.evaluation.model.TaskStatus;
import org.mentorship.platform.problem.ProblemException;

/**
 * The rules of the project plan (stage 3), in one place:
 * <ol>
 * <li>mentors keep the milestones and tasks; a milestone confirmed as met and a task accepted as done no longer
 * change;</li>
 * <li>a milestone is met only once every task of it is done;</li>
 * <li>only the mentee and the mentors move tasks, and only a mentor accepts one as done;</li>
 * <li>the mentee moves a task forward (to do -> in progress -> in review) or back from review; a mentor accepts a
 * reviewed task (done) or sends it back (in progress); nothing goes back to to do;</li>
 * <li>a task goes to review with at least one evidence link (e.g. the pull request).</li>
 * </ol>
 */
public final class PlanPolicy {

    public static void requireEditable(Milestone milestone) {
        if (CompletionPolicy.met(milestone)) {
            throw MILESTONE_MET.with("Milestone " + milestone.id + " was confirmed as met and no longer changes");
        }
    }

    public static void requireEditable(PlanTask task) {
        if (CompletionPolicy.done(task)) {
            throw TASK_DONE.with("Task " + task.id + " was accepted as done and no longer changes");
        }
    }

    /** @param tasks the tasks of the mentorship (those of other milestones are not counted) */
    public static void requireMeetable(Milestone milestone, List<PlanTask> tasks) {
        long open = tasks.stream()
                .filter(t -> milestone.id.equals(t.milestoneId) && !CompletionPolicy.done(t))
                .count();
        if (open > 0) {
            throw MILESTONE_TASKS_OPEN.with(open + " task(s) of milestone " + milestone.id + " are not done yet");
        }
    }

    /** Who may move a task of mentorship {@code mentorshipId} to {@code to} (403 forbidden otherwise). */
    public static void requireMover(UUID mentorshipId, boolean mentee, boolean mentor, TaskStatus to) {
        if (!mentee && !mentor) {
            throw ProblemException.forbidden(
                    "Only the mentee and the mentors of mentorship " + mentorshipId + " move its tasks");
        }
        if (to == TaskStatus.DONE && !mentor) {
            throw ProblemException.forbidden("Only a mentor accepts a task as done");
        }
    }

    public static boolean allowed(TaskStatus from, TaskStatus to, boolean mentee, boolean mentor) {
        return switch (to) {
            case TODO -> false;
            case IN_PROGRESS ->
                (mentee && (from == TaskStatus.TODO || from == TaskStatus.IN_REVIEW))
                        || (mentor && from == TaskStatus.IN_REVIEW);
            case IN_REVIEW -> mentee && from == TaskStatus.IN_PROGRESS;
            case DONE -> from == TaskStatus.IN_REVIEW;
        };
    }

    public static void requireTransition(PlanTask task, TaskStatus to, boolean mentee, boolean mentor) {
        if (!allowed(task.status, to, mentee, mentor)) {
            throw TASK_TRANSITION_NOT_ALLOWED.with("Task " + task.id + " cannot move from " + task.status + " to " + to
                    + " by the " + (mentor ? "mentor" : "mentee"));
        }
    }

    /** @param evidenceLinks the task's links, with those sent along with the move */
    public static void requireEvidence(TaskStatus to, List<String> evidenceLinks) {
        if (to == TaskStatus.IN_REVIEW && evidenceLinks.isEmpty()) {
            throw EVIDENCE_REQUIRED.with(
                    "A task goes to review with at least one evidence link (e.g. the pull request)");
        }
    }

    private PlanPolicy() {}
}
