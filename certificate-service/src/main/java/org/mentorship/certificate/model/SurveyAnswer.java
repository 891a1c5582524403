package org.mentorship.certificate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentee's answer to the feedback survey, one per mentorship. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(name = "mentee_id", nullable = false)
    public String menteeId;

    @Column(name = "survey_version_id", nullable = false)
    public UUID surveyVersionId;

    /** Copied from the completion record so results can be aggregated per project. */
    @Column(name = "project_id")
    public UUID projectId;

    /** JSON object: question key -> number (rating), string (choice or free text). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String answers;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
