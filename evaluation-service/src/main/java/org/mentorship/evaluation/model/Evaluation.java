package org.mentorship.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.evaluation.policy.EvaluationPolicy;
import org.mentorship.evaluation.policy.EvaluationSchedule;
import org.mentorship.evaluation.policy.FailReviewPolicy;
import org.mentorship.evaluation.policy.MenteeFeedbackPolicy;

/**
 * Evaluation {@code number} of {@code total} of one mentorship: scheduled with a due instant and a window that
 * opens a week before it, then submitted (and locked) by a mentor with three scores, comments and an outcome.
 * Its changes ({@link #submit}, {@link #postpone}, {@link #reopen}, {@link #appeal}, {@link #decide}) check the state
 * they start from ({@link EvaluationPolicy}, {@link FailReviewPolicy}) and return the history entry that records them.
 * A FAIL may first be UNDER_REVIEW: locked, but its outcome not final until confirmed or overturned.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public int total;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "window_opens_at", nullable = false)
    public Instant windowOpensAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationStatus status;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "score_tasks")
    public Integer scoreTasks;

    @Column(name = "score_engagement")
    public Integer scoreEngagement;

    @Column(name = "score_progress")
    public Integer scoreProgress;

    @Column(name = "comments_for_mentee")
    public String commentsForMentee;

    /** For coordinators only: never shown to the mentee. */
    @Column(name = "private_comments")
    public String privateComments;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(nullable = false)
    public boolean late;

    /** The end of a FAIL's review window (set while and after it is under review). */
    @Column(name = "review_ends_at")
    public Instant reviewEndsAt;

    /** What a reopened evaluation's outcome was before the FAIL under review: its change is announced once final. */
    @Enumerated(EnumType.STRING)
    @Column(name = "replaced_outcome")
    public Outcome replacedOutcome;

    @Column(name = "appeal_statement")
    public String appealStatement;

    @Column(name = "appealed_at")
    public Instant appealedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_decision")
    public ReviewDecision reviewDecision;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** A coordinator submitted it for an absent mentor ({@link #submittedBy} is the coordinator). */
    @Column(name = "on_behalf", nullable = false)
    public boolean onBehalf;

    @Column(name = "on_behalf_reason")
    public String onBehalfReason;

    /** The mentee's evaluation of the mentorship: for coordinators and herself only, never its mentors. */
    @Column(name = "mentor_support")
    public Integer mentorSupport;

    @Column(name = "hours_worked")
    public Integer hoursWorked;

    @Column(name = "mentee_comment")
    public String menteeComment;

    @Column(name = "mentee_feedback_at")
    public Instant menteeFeedbackAt;

    @Version
    public long version;

    public boolean isFinal() {
        return number == total;
    }

    public boolean isLocked() {
        return status == EvaluationStatus.SUBMITTED || status == EvaluationStatus.UNDER_REVIEW;
    }

    public boolean passed() {
        return status == EvaluationStatus.SUBMITTED && outcome == Outcome.PASS;
    }

    /** Moves the due instant (and its window with it). */
    public void dueAt(Instant due) {
        this.dueAt = due;
        this.windowOpensAt = EvaluationSchedule.windowOpensAt(due);
    }

    /**
     * A mentor's PASS or FAIL: scores, comments and outcome are set together and the evaluation is locked; with a
     * {@code reviewEndsAt} (a FAIL, {@link FailReviewPolicy}) it is under review until then.
     */
    public EvaluationHistory submit(Submission s, String by, Instant now, Instant reviewEndsAt) {
        if (s.outcome() == Outcome.EXTEND) {
            throw new IllegalArgumentException("An extension postpones the evaluation; it is not submitted");
        }
        EvaluationPolicy.requireUnlocked(this);
        EvaluationHistory entry = change(s, by, now);
        replacedOutcome = status == EvaluationStatus.REOPENED ? outcome : null;
        status = reviewEndsAt == null ? EvaluationStatus.SUBMITTED : EvaluationStatus.UNDER_REVIEW;
        this.reviewEndsAt = reviewEndsAt;
        appealStatement = null;
        appealedAt = null;
        reviewDecision = null;
        reviewedBy = null;
        reviewReason = null;
        reviewedAt = null;
        onBehalf = false;
        onBehalfReason = null;
        outcome = s.outcome();
        scoreTasks = s.tasksAndMilestones();
        scoreEngagement = s.engagement();
        scoreProgress = s.progressAgainstPlan();
        commentsForMentee = s.commentsForMentee();
        privateComments = s.privateComments();
        submittedBy = by;
        submittedAt = now;
        late = EvaluationSchedule.isLate(dueAt, now);
        entry.action = "SUBMITTED";
        entry.toStatus = status;
        return entry;
    }

    /**
     * A mentor's EXTEND: not decided yet, so the evaluation is scheduled again (its due instant moves with the
     * mentorship's extension); the extension's scores and comments stay in the history only.
     */
    public EvaluationHistory postpone(Submission s, String by, Instant now) {
        if (s.outcome() != Outcome.EXTEND) {
            throw new IllegalArgumentException("Only an extension postpones the evaluation");
        }
        EvaluationPolicy.requireUnlocked(this);
        EvaluationHistory entry = change(s, by, now);
        status = EvaluationStatus.SCHEDULED;
        outcome = null;
        scoreTasks = null;
        scoreEngagement = null;
        scoreProgress = null;
        commentsForMentee = null;
        privateComments = null;
        submittedBy = null;
        submittedAt = null;
        late = false;
        onBehalf = false;
        onBehalfReason = null;
        entry.action = "EXTENDED";
        entry.toStatus = status;
        entry.extensionWeeks = s.extensionWeeks();
        return entry;
    }

    /** Marks the submission {@code entry} recorded as a coordinator's for an absent mentor, with the reason. */
    public void onBehalfOfMentor(String reason, EvaluationHistory entry) {
        FailReviewPolicy.requireOnBehalfReason(reason);
        onBehalf = true;
        onBehalfReason = reason;
        entry.onBehalf = true;
        entry.reason = reason;
    }

    /** The mentee's appeal of a FAIL under review: once, before the window ends; the statement is kept. */
    public EvaluationHistory appeal(String statement, String by, Instant now) {
        FailReviewPolicy.requireAppealable(this, now);
        EvaluationHistory entry = change(null, by, now);
        appealStatement = statement;
        appealedAt = now;
        entry.action = "APPEALED";
        entry.toStatus = status;
        entry.outcome = outcome;
        entry.reason = statement;
        return entry;
    }

    /**
     * A FAIL under review decided: confirmed (or terminated and paid) it stays a FAIL, overturned it becomes a PASS;
     * either way it is submitted and final, with who decided and why.
     */
    public EvaluationHistory decide(ReviewDecision decision, String reason, String by, Instant now) {
        FailReviewPolicy.requireUnderReview(this);
        EvaluationHistory entry = change(null, by, now);
        status = EvaluationStatus.SUBMITTED;
        outcome = decision.outcome();
        reviewDecision = decision;
        reviewedBy = by;
        reviewReason = reason;
        reviewedAt = now;
        entry.action = decision.action();
        entry.toStatus = status;
        entry.outcome = outcome;
        entry.reason = reason;
        return entry;
    }

    /**
     * The mentee's evaluation of the mentorship at this evaluation, once ({@link MenteeFeedbackPolicy}). Not in the
     * history: mentors read that, and this is never theirs to read.
     */
    public void menteeFeedback(int mentorSupport, int hoursWorked, String comment, Instant now) {
        MenteeFeedbackPolicy.requireGivable(this, now);
        this.mentorSupport = mentorSupport;
        this.hoursWorked = hoursWorked;
        this.menteeComment = comment;
        this.menteeFeedbackAt = now;
    }

    /** A coordinator unlocks a submitted evaluation for a new submission; the reason and the outcome it had stay. */
    public EvaluationHistory reopen(String reason, String by, Instant now) {
        EvaluationPolicy.requireReopenable(this);
        EvaluationHistory entry = change(null, by, now);
        status = EvaluationStatus.REOPENED;
        entry.action = "REOPENED";
        entry.toStatus = status;
        entry.outcome = outcome;
        entry.reason = reason;
        return entry;
    }

    private EvaluationHistory change(Submission s, String by, Instant now) {
        EvaluationHistory h = new EvaluationHistory();
        h.id = UUID.randomUUID();
        h.evaluationId = id;
        h.fromStatus = status;
        h.actor = by;
        h.at = now;
        if (s != null) {
            h.outcome = s.outcome();
            h.scoreTasks = s.tasksAndMilestones();
            h.scoreEngagement = s.engagement();
            h.scoreProgress = s.progressAgainstPlan();
            h.commentsForMentee = s.commentsForMentee();
            h.privateComments = s.privateComments();
        }
        return h;
    }
}
