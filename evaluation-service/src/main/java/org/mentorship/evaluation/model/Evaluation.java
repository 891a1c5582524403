package org.mentorship.evaluation.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A mentor's evaluation {@code number} of {@code total} of one mentorship. */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Version
    public long version;

    public boolean isFinal() {
        return number == total;
    }
}
