package org.mentorship.stipend.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The payment of one installment of one mentorship's stipend. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(nullable = false)
    public int installment;

    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    @Version
    public long version;
}
