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

/**
 * Evaluation {@code number} of {@code total} of one mentorship: scheduled with a due instant and a window that
 * opens a week before it, then submitted (and locked) by a mentor with three scores, comments and an outcome.
 * Its changes ({@link #submit}, {@link #postpone}, {@link #reopen}) check the state they start from
 * ({@link EvaluationPolicy}) and return the history entry that records them.
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

    @Version
    public long version;

    public boolean isFinal() {
        return number == total;
    }

    public boolean isLocked() {
        return status == EvaluationStatus.SUBMITTED;
    }

    public boolean passed() {
        return status == EvaluationStatus.SUBMITTED && outcome == Outcome.PASS;
    }

    /** Moves the due instant (and its window with it). */
    public void dueAt(Instant due) {
        this.dueAt = due;
        this.windowOpensAt = EvaluationSchedule.windowOpensAt(due);
    }

    /** A mentor's PASS or FAIL: scores, comments and outcome are set together and the evaluation is locked. */
    public EvaluationHistory submit(Submission s, String by, Instant now) {
        if (s.outcome() == Outcome.EXTEND) {
            throw new IllegalArgumentException("An extension postpones the evaluation; it is not submitted");
        }
        EvaluationPolicy.requireUnlocked(this);
        EvaluationHistory entry = change(s, by, now);
        status = EvaluationStatus.SUBMITTED;
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
        entry.action = "EXTENDED";
        entry.toStatus = status;
        entry.extensionWeeks = s.extensionWeeks();
        return entry;
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
