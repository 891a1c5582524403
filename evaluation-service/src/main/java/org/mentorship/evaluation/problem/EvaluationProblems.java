package org.mentorship.evaluation.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type evaluation-service answers beyond the platform's (named by {@code mentorship.problems.catalogue}):
 * the slugs, statuses and titles clients switch on, and when each is answered.
 */
public final class EvaluationProblems {
    public static final ProblemType MENTORSHIP_ENDED = new ProblemType(
            409,
            "mentorship-ended",
            "The mentorship has ended",
            "The mentorship was completed or terminated; nothing of it changes any more");
    public static final ProblemType EVALUATION_LOCKED = new ProblemType(
            409,
            "evaluation-locked",
            "Evaluation already submitted",
            "The evaluation is submitted and locked; a coordinator must reopen it before it is submitted again");
    public static final ProblemType PREVIOUS_EVALUATION_PENDING = new ProblemType(
            409,
            "previous-evaluation-pending",
            "The previous evaluation has not passed",
            "Evaluations are submitted in order: the one before must be submitted and passed first");
    public static final ProblemType EVALUATION_WINDOW_NOT_OPEN = new ProblemType(
            422,
            "evaluation-window-not-open",
            "The evaluation window is not open yet",
            "An evaluation is submitted from 7 days before its due date on, not earlier");
    public static final ProblemType EVALUATION_NOT_SUBMITTED = new ProblemType(
            409,
            "evaluation-not-submitted",
            "Evaluation not submitted",
            "Only a submitted (locked) evaluation can be reopened");
    public static final ProblemType NOTHING_TO_EXTEND = new ProblemType(
            409,
            "nothing-to-extend",
            "No evaluation left to move",
            "Every evaluation of the mentorship is submitted, so an extension has no deadline to move");
    public static final ProblemType EXTENSION_WEEKS_REQUIRED = new ProblemType(
            422,
            "extension-weeks-required",
            "How many weeks?",
            "The outcome EXTEND was submitted without extensionWeeks (1 to 5)");
    public static final ProblemType EXTENSION_WEEKS_UNEXPECTED = new ProblemType(
            422,
            "extension-weeks-unexpected",
            "Weeks without an extension",
            "extensionWeeks was sent with an outcome other than EXTEND");
    public static final ProblemType EXTENSION_WEEKS_OUT_OF_RANGE = new ProblemType(
            422, "extension-weeks-out-of-range", "Extensions are 1 to 5 weeks", "One extension is 1 to 5 weeks long");
    public static final ProblemType EXTENSION_LIMIT_EXCEEDED = new ProblemType(
            422,
            "extension-limit-exceeded",
            "At most 5 weeks of extension",
            "The extension would take the mentorship beyond 5 weeks of extension in total");
    public static final ProblemType PARTICIPATION_IN_FUTURE = new ProblemType(
            422,
            "participation-in-future",
            "Not yet happened",
            "Participation is recorded once it happened: occurredAt is after now");
    public static final ProblemType MILESTONE_MET = new ProblemType(
            409, "milestone-met", "Milestone already met", "A milestone confirmed as met no longer changes");
    public static final ProblemType MILESTONE_TASKS_OPEN = new ProblemType(
            409,
            "milestone-tasks-open",
            "Tasks still open",
            "A milestone is confirmed as met only once every task of it is done");
    public static final ProblemType TASK_DONE =
            new ProblemType(409, "task-done", "Task already done", "A task accepted as done no longer changes");
    public static final ProblemType TASK_TRANSITION_NOT_ALLOWED = new ProblemType(
            409,
            "task-transition-not-allowed",
            "Task cannot move like this",
            "The mentee moves a task forward or back from review, a mentor accepts or returns a reviewed one; "
                    + "this move is neither");
    public static final ProblemType EVIDENCE_REQUIRED = new ProblemType(
            422,
            "evidence-required",
            "Evidence required",
            "A task goes to review with at least one evidence link (e.g. the pull request)");

    public static final ProblemType WORK_PRODUCT_URL_INVALID = new ProblemType(
            422,
            "work-product-url-invalid",
            "Not an https link",
            "The work product is an absolute https URL with a host, at most 2000 characters");
    public static final ProblemType FINAL_REPORT_INVALID = new ProblemType(
            422, "final-report-invalid", "Final report blank or too long", "The final report is 1 to 4000 characters");
    public static final ProblemType OUTPUT_WINDOW_NOT_OPEN = new ProblemType(
            422,
            "output-window-not-open",
            "The program output is not open yet",
            "The program output is submitted and confirmed in the final evaluation's window, from 7 days before its due date");
    public static final ProblemType OUTPUT_WINDOW_CLOSED = new ProblemType(
            409,
            "output-window-closed",
            "The program output is closed",
            "The final evaluation was submitted: the program output no longer changes");
    public static final ProblemType OUTPUT_MISSING = new ProblemType(
            409, "output-missing", "No program output", "The mentee has not submitted a program output to confirm");

    public static final ProblemType EVALUATION_UNDER_REVIEW = new ProblemType(
            409,
            "evaluation-under-review",
            "Evaluation under review",
            "The evaluation's FAIL is under review: a coordinator confirms or overturns it before anything else changes");
    public static final ProblemType EVALUATION_NOT_UNDER_REVIEW = new ProblemType(
            409,
            "evaluation-not-under-review",
            "Evaluation not under review",
            "Only a FAIL under review (inside or after its review window, not yet decided) is appealed or reviewed");
    public static final ProblemType APPEAL_ALREADY_MADE = new ProblemType(
            409, "appeal-already-made", "Already appealed", "A FAIL is appealed once; a coordinator decides it");
    public static final ProblemType REVIEW_WINDOW_CLOSED = new ProblemType(
            409,
            "review-window-closed",
            "The review window has ended",
            "A FAIL is appealed before its review window (mentorship.evaluation.fail-review-days) ends");
    public static final ProblemType ON_BEHALF_REASON_REQUIRED = new ProblemType(
            422,
            "on-behalf-reason-required",
            "Why on behalf?",
            "A coordinator's submission on behalf of an absent mentor needs onBehalfReason");

    public static final ProblemType MENTEE_FEEDBACK_GIVEN = new ProblemType(
            409,
            "mentee-feedback-given",
            "Mentorship already evaluated",
            "The mentee evaluates the mentorship once per evaluation; it is not changed afterwards");

    public static final ProblemType EARNED_EVALUATION_REQUIRED = new ProblemType(
            422,
            "earned-evaluation-required",
            "Which evaluation earned it?",
            "An end with settlement PAY_EARNED names the evaluation whose installment is still paid (earnedEvaluation);"
                    + " an end without it names none");
    public static final ProblemType EVALUATION_NOT_EARNABLE = new ProblemType(
            422,
            "evaluation-not-earnable",
            "That evaluation earns nothing",
            "The evaluation named to be paid is not a submitted (or reviewed, or under review) evaluation of this"
                    + " mentorship, or lies beyond the last evaluation that was due");

    private EvaluationProblems() {}
}
