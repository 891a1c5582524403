package org.mentorship.stipend.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The payment of one installment of one mentorship's stipend. SCHEDULED -> APPROVED (finance) -> PAID, or
 * FAILED (retry -> APPROVED) / CANCELLED. The unique key (mentorship_id, installment) makes it one at most.
 */
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

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "expected_on")
    public LocalDate expectedOn;

    /** Of a payment that needs two approvals: the first one, while it waits for the second. */
    @Column(name = "first_approved_by")
    public String firstApprovedBy;

    @Column(name = "first_approved_at")
    public Instant firstApprovedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "provider_reference")
    public String providerReference;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "export_batch_id")
    public UUID exportBatchId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
