package org.mentorship.stipend.model;

/**
 * SCHEDULED -> APPROVED (finance) -> EXPORTED (in a payout file) -> PAID or FAILED (retry -> APPROVED). Before a file
 * carries it a payment can be CANCELLED; after, only a recall can be asked for (RECALL_REQUESTED), which the
 * provider's report closes: PAID (flagged), or FAILED (then CANCELLED, or SCHEDULED again when the payout details
 * changed and the installment is still owed).
 */
public enum PaymentStatus {
    SCHEDULED,
    APPROVED,
    EXPORTED,
    PAID,
    FAILED,
    CANCELLED,
    RECALL_REQUESTED
}
