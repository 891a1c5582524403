package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentorship.stipend.problem.StipendProblems;

/**
 * The payment of one installment of one mentorship's stipend; {@link PaymentStatus} has its life. The unique key
 * (mentorship_id, installment) makes it one at most. Every change of status goes through {@link #moveTo}, which
 * refuses a move the life does not have (e.g. cancelling a payment a bank file carries).
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

    /** The payout details as approved; export and re-download use these, never the payee's current ones. */
    @Embedded
    public PayoutDetails payout;

    @Column(name = "recall_requested_at")
    public Instant recallRequestedAt;

    @Column(name = "recall_reason")
    public String recallReason;

    @Column(name = "paid_after_recall", nullable = false)
    public boolean paidAfterRecall;

    @Version
    public long version;

    /** The most export attempts one payment has: its EndToEndId carries the number in two digits. */
    public static final int MAX_ATTEMPTS = 99;

    private static final Map<PaymentStatus, Set<PaymentStatus>> NEXT = Map.of(
            PaymentStatus.SCHEDULED, EnumSet.of(PaymentStatus.APPROVED, PaymentStatus.CANCELLED),
            PaymentStatus.APPROVED,
                    EnumSet.of(PaymentStatus.EXPORTED, PaymentStatus.SCHEDULED, PaymentStatus.CANCELLED),
            PaymentStatus.EXPORTED,
                    EnumSet.of(PaymentStatus.PAID, PaymentStatus.FAILED, PaymentStatus.RECALL_REQUESTED),
            PaymentStatus.RECALL_REQUESTED,
                    EnumSet.of(PaymentStatus.PAID, PaymentStatus.CANCELLED, PaymentStatus.SCHEDULED),
            PaymentStatus.FAILED, EnumSet.of(PaymentStatus.APPROVED, PaymentStatus.SCHEDULED, PaymentStatus.CANCELLED),
            PaymentStatus.PAID, EnumSet.noneOf(PaymentStatus.class),
            PaymentStatus.CANCELLED, EnumSet.noneOf(PaymentStatus.class));

    /** Whether a payout file carries this payment and its outcome is not known yet. */
    public boolean inBankFile() {
        return status == PaymentStatus.EXPORTED || status == PaymentStatus.RECALL_REQUESTED;
    }

    /** The one way a status changes; a move the payment's life does not have is a 409 and changes nothing. */
    public void moveTo(PaymentStatus to, Instant at) {
        if (!NEXT.get(status).contains(to)) {
            throw StipendProblems.PAYMENT_TRANSITION_REFUSED.with(
                    "Payment " + id + " is " + status + " and cannot become " + to);
        }
        status = to;
        updatedAt = at;
    }

    /** SCHEDULED -> APPROVED, keeping where the money goes as it is now. */
    public void approve(String actor, Instant at, PayoutDetails details) {
        moveTo(PaymentStatus.APPROVED, at);
        approvedBy = actor;
        approvedAt = at;
        payout = details;
    }

    /** APPROVED -> EXPORTED in this batch; a payment approved before approvals kept their details cannot go out. */
    public void export(UUID batchId, Instant at) {
        if (payout == null || payout.accountEncrypted == null) {
            throw StipendProblems.PAYOUT_NOT_APPROVED.with(
                    "Payment " + id + " has no payout details from its approval; send it back for approval");
        }
        moveTo(PaymentStatus.EXPORTED, at);
        exportBatchId = batchId;
    }

    /** EXPORTED (or RECALL_REQUESTED: flagged, the money left anyway) -> PAID. */
    public void paid(String reference, Instant at) {
        boolean recalled = status == PaymentStatus.RECALL_REQUESTED;
        moveTo(PaymentStatus.PAID, at);
        providerReference = reference;
        paidAt = at;
        failureReason = null;
        paidAfterRecall = recalled;
    }

    /** EXPORTED -> FAILED. */
    public void failed(String reason, Instant at) {
        moveTo(PaymentStatus.FAILED, at);
        failureReason = reason;
    }

    /** FAILED -> APPROVED with the details approved before, for the next file: a new attempt. */
    public void retry(Instant at) {
        if (attempts >= MAX_ATTEMPTS) {
            throw StipendProblems.TOO_MANY_ATTEMPTS.with("Payment " + id + " went out " + attempts + " times already");
        }
        moveTo(PaymentStatus.APPROVED, at);
        attempts++;
        exportBatchId = null;
    }

    /** EXPORTED -> RECALL_REQUESTED: the file is out, only the bank can stop it now. */
    public void requestRecall(String reason, Instant at) {
        moveTo(PaymentStatus.RECALL_REQUESTED, at);
        recallRequestedAt = at;
        recallReason = reason;
    }

    /**
     * Back to SCHEDULED, to be approved again with the details in force then: from APPROVED (no file carried it),
     * FAILED or a closed recall (then the next file is a new attempt).
     */
    public void backToApproval(Instant at) {
        boolean wentOut = status != PaymentStatus.APPROVED;
        if (wentOut && attempts >= MAX_ATTEMPTS) {
            throw StipendProblems.TOO_MANY_ATTEMPTS.with("Payment " + id + " went out " + attempts + " times already");
        }
        moveTo(PaymentStatus.SCHEDULED, at);
        if (wentOut) {
            attempts++;
        }
        exportBatchId = null;
        payout = null;
        approvedBy = null;
        approvedAt = null;
        firstApprovedBy = null; // approvals were for the old details: both are given again
        firstApprovedAt = null;
    }

    public void cancel(Instant at) {
        moveTo(PaymentStatus.CANCELLED, at);
    }
}
