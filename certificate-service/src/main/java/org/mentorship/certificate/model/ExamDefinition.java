package org.mentorship.certificate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An exam of the program (projectId null) or of one project. Immutable once defined, so a recorded attempt's
 * pass/fail never changes after the fact; define a new exam to change a pass mark.
 */
@Entity
@Table(name = "exam_definition")
public class ExamDefinition {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "project_id")
    public UUID projectId;

    /** Lowest passing score, 0 to 100. */
    @Column(name = "pass_mark", nullable = false)
    public int passMark;

    /** A required exam blocks the certificate until passed; an optional one is only shown. */
    @Column(nullable = false)
    public boolean required;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public boolean appliesTo(UUID project) {
        return projectId == null || projectId.equals(project);
    }
}
