package org.mentorship.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Evaluation {@code number} of {@code total} of one mentorship: scheduled with a due instant and a window that
 * opens a week before it, then submitted (and locked) by a mentor with three scores, comments and an outcome.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    /** The submission window opens this long before the due instant. */
    public static final Duration WINDOW = Duration.ofDays(7);

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
        this.windowOpensAt = due.minus(WINDOW);
    }
}
