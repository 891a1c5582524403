package org.mentorship.evaluation.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type evaluation-service answers beyond the platform's (named by {@code mentorship.problems.catalogue}):
 * the slugs, statuses and titles clients switch on, and when each is answered.
 */
public enum EvaluationProblems implements ProblemType {
    MENTORSHIP_ENDED(
            409,
            "mentorship-ended",
            "The mentorship has ended",
            "The mentorship was completed or terminated; nothing of it changes any more"),
    EVALUATION_LOCKED(
            409,
            "evaluation-locked",
            "Evaluation already submitted",
            "The evaluation is submitted and locked; a coordinator must reopen it before it is submitted again"),
    PREVIOUS_EVALUATION_PENDING(
            409,
            "previous-evaluation-pending",
            "The previous evaluation has not passed",
            "Evaluations are submitted in order: the one before must be submitted and passed first"),
    EVALUATION_WINDOW_NOT_OPEN(
            422,
            "evaluation-window-not-open",
            "The evaluation window is not open yet",
            "An evaluation is submitted from 7 days before its due date on, not earlier"),
    EVALUATION_NOT_SUBMITTED(
            409,
            "evaluation-not-submitted",
            "Evaluation not submitted",
            "Only a submitted (locked) evaluation can be reopened"),
    NOTHING_TO_EXTEND(
            409,
            "nothing-to-extend",
            "No evaluation left to move",
            "Every evaluation of the mentorship is submitted, so an extension has no deadline to move"),
    EXTENSION_WEEKS_REQUIRED(
            422,
            "extension-weeks-required",
            "How many weeks?",
            "The outcome EXTEND was submitted without extensionWeeks (1 to 5)"),
    EXTENSION_WEEKS_UNEXPECTED(
            422,
            "extension-weeks-unexpected",
            "Weeks without an extension",
            "extensionWeeks was sent with an outcome other than EXTEND"),
    EXTENSION_WEEKS_OUT_OF_RANGE(
            422, "extension-weeks-out-of-range", "Extensions are 1 to 5 weeks", "One extension is 1 to 5 weeks long"),
    EXTENSION_LIMIT_EXCEEDED(
            422,
            "extension-limit-exceeded",
            "At most 5 weeks of extension",
            "The extension would take the mentorship beyond 5 weeks of extension in total"),
    PARTICIPATION_IN_FUTURE(
            422,
            "participation-in-future",
            "Not yet happened",
            "Participation is recorded once it happened: occurredAt is after now"),
    MILESTONE_MET(409, "milestone-met", "Milestone already met", "A milestone confirmed as met no longer changes"),
    MILESTONE_TASKS_OPEN(
            409,
            "milestone-tasks-open",
            "Tasks still open",
            "A milestone is confirmed as met only once every task of it is done"),
    TASK_DONE(409, "task-done", "Task already done", "A task accepted as done no longer changes"),
    TASK_TRANSITION_NOT_ALLOWED(
            409,
            "task-transition-not-allowed",
            "Task cannot move like this",
            "The mentee moves a task forward or back from review, a mentor accepts or returns a reviewed one; "
                    + "this move is neither"),
    EVIDENCE_REQUIRED(
            422,
            "evidence-required",
            "Evidence required",
            "A task goes to review with at least one evidence link (e.g. the pull request)");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    EvaluationProblems(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }
}
