package org.mentorship.evaluation.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of an evaluation (SUBMITTED, EXTENDED, REOPENED): who, when, from, to, why and what was decided. */
@Entity
@Table(name = "evaluation_history")
public class EvaluationHistory {

    @Id
    public UUID id;

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public EvaluationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public EvaluationStatus toStatus;

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

    @Column(nullable = false)
    public String actor;

    public String reason;

    @Column(nullable = false)
    public Instant at;
}
