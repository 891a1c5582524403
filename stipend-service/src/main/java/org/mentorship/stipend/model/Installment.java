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

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** No longer owed (the mentorship ended, or a fail took its pass back); cancelling it again changes nothing. */
    public void cancel(String reason, Instant at) {
        if (cancelledAt == null) {
            cancelledAt = at;
            cancelReason = reason;
        }
    }

    /**
     * Owed again: a PAY_EARNED termination pays it although a fail of the mentorship cancelled it first (the settlement
     * came after the fail, SettlementPolicy); returns whether it was cancelled.
     */
    public boolean reinstate() {
        boolean was = cancelledAt != null;
        cancelledAt = null;
        cancelReason = null;
        return was;
    }

    /** Expected on another date (the evaluation schedule set or moved it); only while it is still owed. */
    public void expectOn(LocalDate date) {
        requireOwed();
        expectedOn = date;
    }

    /** A new amount (the country was re-verified before its payment was approved); only while it is still owed. */
    public void reprice(long amount) {
        requireOwed();
        amountMinor = amount;
    }

    private void requireOwed() {
        if (cancelledAt != null) {
            // Callers skip cancelled installments: reaching this is a bug, not a request to refuse.
            throw new IllegalStateException("Installment " + number + " of " + mentorshipId + " is cancelled");
        }
    }
}
