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

    /** The pass that earned it; null for one a PAY_EARNED termination scheduled (it names the evaluation's number). */
    @Column(name = "evaluation_id")
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

    /** 409 payment-not-scheduled unless the payment waits for approval; an approval checks it before anything else. */
    public void requireScheduled() {
        if (status != PaymentStatus.SCHEDULED) {
            throw StipendProblems.PAYMENT_NOT_SCHEDULED.with("Payment " + id + " is " + status);
        }
    }

    /** 409 payment-not-exported unless a payout file carries it: only then can it be paid or fail. */
    public void requireInBankFile(String what) {
        if (!inBankFile()) {
            throw StipendProblems.PAYMENT_NOT_EXPORTED.with(what + ": payment " + id + " is " + status);
        }
    }

    /** The first of two approvals: kept while the payment stays SCHEDULED for a second, different approver. */
    public void approveFirst(String actor, Instant at) {
        requireScheduled();
        firstApprovedBy = actor;
        firstApprovedAt = at;
    }

    /** SCHEDULED -> APPROVED, keeping where the money goes as it is now (the account paid is the one approved). */
    public void approve(String actor, Instant at, PayoutDetails details) {
        requireScheduled();
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

    /**
     * EXPORTED (or RECALL_REQUESTED: flagged, the money left anyway) -> PAID. Paid again with the same reference
     * changes nothing (false); with another one it is 409 payment-already-paid.
     */
    public boolean paid(String reference, Instant at) {
        if (status == PaymentStatus.PAID) {
            if (reference.equals(providerReference)) {
                return false;
            }
            throw StipendProblems.PAYMENT_ALREADY_PAID.with("Payment " + id + " was paid with another reference");
        }
        requireInBankFile("Only an exported payment can be paid");
        boolean recalled = status == PaymentStatus.RECALL_REQUESTED;
        moveTo(PaymentStatus.PAID, at);
        providerReference = reference;
        paidAt = at;
        failureReason = null;
        paidAfterRecall = recalled;
        return true;
    }

    /** Whether this failure is the one already recorded: a repeated report changes nothing. */
    public boolean failedAlready(String reason) {
        return status == PaymentStatus.FAILED && reason.equals(failureReason);
    }

    /** EXPORTED -> FAILED. */
    public void failed(String reason, Instant at) {
        requireInBankFile("Only an exported payment can fail");
        moveTo(PaymentStatus.FAILED, at);
        failureReason = reason;
    }

    /**
     * RECALL_REQUESTED, and the recalled transfer did not happen: CANCELLED when the installment is no longer owed,
     * back for approval (with the payout details in force then) when it still is.
     */
    public void recallConfirmed(String reason, boolean stillOwed, Instant at) {
        if (status != PaymentStatus.RECALL_REQUESTED) {
            throw StipendProblems.PAYMENT_TRANSITION_REFUSED.with(
                    "Payment " + id + " is " + status + ", no recall of it is pending");
        }
        failureReason = reason;
        if (stillOwed) {
            backToApproval(at);
        } else {
            cancel(at);
        }
    }

    /** FAILED -> APPROVED with the details approved before, for the next file: a new attempt. */
    public void retry(Instant at) {
        if (status != PaymentStatus.FAILED) {
            throw StipendProblems.PAYMENT_NOT_FAILED.with("Payment " + id + " is " + status);
        }
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

    /** Whether no payout file carries it yet and finance has not let it go: SCHEDULED or APPROVED. */
    public boolean beforeExport() {
        return status == PaymentStatus.SCHEDULED || status == PaymentStatus.APPROVED;
    }

    /**
     * CANCELLED (its evaluation's pass was taken back) -> SCHEDULED, earned by a new pass of that evaluation: the same
     * payment, approved again by finance.
     */
    public void earnedAgain(UUID evaluation, Instant at) {
        if (status != PaymentStatus.CANCELLED) {
            throw StipendProblems.PAYMENT_TRANSITION_REFUSED.with(
                    "Payment " + id + " is " + status + "; only a cancelled payment is earned again");
        }
        status = PaymentStatus.SCHEDULED;
        evaluationId = evaluation;
        scheduledAt = at;
        updatedAt = at;
        approvedBy = null; // approved for the pass that was taken back: finance approves it again
        approvedAt = null;
    }

    /** Expected on another date (the evaluation schedule set or moved it); a paid payment keeps its date. */
    public void expectOn(LocalDate date, Instant at) {
        if (status == PaymentStatus.PAID) {
            throw StipendProblems.PAYMENT_TRANSITION_REFUSED.with("Payment " + id + " is paid; its date stays");
        }
        expectedOn = date;
        updatedAt = at;
    }

    /**
     * A new amount while it waits for approval (the country was re-verified). A first approval was for the old amount,
     * so it is withdrawn: returns who gave it, or null.
     */
    public String reprice(long amount, Instant at) {
        requireScheduled();
        amountMinor = amount;
        updatedAt = at;
        String withdrawn = firstApprovedBy;
        firstApprovedBy = null;
        firstApprovedAt = null;
        return withdrawn;
    }
}
