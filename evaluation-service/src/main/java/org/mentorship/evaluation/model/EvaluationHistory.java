package org.mentorship.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentorship.platform.history.StatusChange;

/**
 * One change of an evaluation (SUBMITTED, EXTENDED, REOPENED, APPEALED, REVIEW_CONFIRMED, REVIEW_OVERTURNED): who, when,
 * from, to, why and what was decided; {@code onBehalf} when a coordinator submitted for an absent mentor.
 */
@Entity
@Table(name = "evaluation_history")
public class EvaluationHistory extends StatusChange<EvaluationStatus> {

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @Column(nullable = false)
    public String action;

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

    @Column(name = "private_comments")
    public String privateComments;

    @Column(name = "extension_weeks")
    public Integer extensionWeeks;

    @Column(name = "on_behalf", nullable = false)
    public boolean onBehalf;
}
