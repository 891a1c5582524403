package org.mentorship.evaluation.model;

/**
 * A reviewer's decision on a FAIL under review: it stands (CONFIRM), it becomes a PASS (OVERTURN), or it stands and the
 * installment this evaluation would have earned is still paid (TERMINATE_AND_PAY: the mentorship ends with the
 * settlement PAY_EARNED naming this evaluation).
 */
public enum ReviewDecision {
    CONFIRM,
    OVERTURN,
    TERMINATE_AND_PAY;

    /** The evaluation's final outcome after this decision. */
    public Outcome outcome() {
        return this == OVERTURN ? Outcome.PASS : Outcome.FAIL;
    }

    /** The history's action for it (at most 20 characters). */
    public String action() {
        return switch (this) {
            case CONFIRM -> "REVIEW_CONFIRMED";
            case OVERTURN -> "REVIEW_OVERTURNED";
            case TERMINATE_AND_PAY -> "REVIEW_TERMINATE_PAY";
        };
    }
}
