package org.mentorship.evaluation.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One status change of a mentorship: who, when, from, to, why. */
@Entity
@Table(name = "mentorship_history")
public class MentorshipHistory {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public MentorshipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public MentorshipStatus toStatus;

    @Column(nullable = false)
    public String actor;

    public String reason;

    @Column(nullable = false)
    public Instant at;
}
