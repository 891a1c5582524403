package org.mentorship.certificate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of the feedback survey's questions; the highest version is the one answered. */
@Entity
@Table(name = "survey_version")
public class SurveyVersion {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String title;

    /** JSON array of {@link org.mentorship.certificate.service.SurveyQuestion}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String questions;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
