package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One applicant's application to one project of a term, from submission to graduation. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    public UUID id;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "applicant_id", nullable = false)
    public String applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    public String motivation;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** Why a coordinator accepted before the minimum review time; kept for audit. */
    @Column(name = "override_reason")
    public String overrideReason;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    @Column(name = "recommended_by")
    public String recommendedBy;

    @Column(name = "recommendation_note")
    public String recommendationNote;

    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Version
    public long version;
}
