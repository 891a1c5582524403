package org.mentorship.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded piece of community participation (a meeting attended, a discussion, a contribution, a contact). */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipationKind kind;

    @Column(nullable = false)
    public String title;

    public String link;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
