package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One installment an agreement expects, with its amount fixed when the agreement was made; its payment exists once
 * the installment's evaluation passed, and carries that amount.
 */
@Entity
@Table(name = "stipend_installment")
public class Installment {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(nullable = false)
    public int number;

    /** The evaluation that earns it; null = the final evaluation. */
    @Column(name = "after_evaluation")
    public Integer afterEvaluation;

    @Column(nullable = false)
    public int percent;

    @Column(name = "expected_on", nullable = false)
    public LocalDate expectedOn;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;
}
