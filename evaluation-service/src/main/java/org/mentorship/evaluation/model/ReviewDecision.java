package org.mentorship.evaluation.model;

/** A coordinator's decision on a FAIL under review: it stands (CONFIRM) or it becomes a PASS (OVERTURN). */
public enum ReviewDecision {
    CONFIRM,
    OVERTURN;

    /** The evaluation's final outcome after this decision. */
    public Outcome outcome() {
        return this == CONFIRM ? Outcome.FAIL : Outcome.PASS;
    }
}
