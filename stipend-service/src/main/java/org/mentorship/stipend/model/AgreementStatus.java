package org.mentorship.stipend.model;

/** ACTIVE while installments can still be earned; ENDED after a failed evaluation or a termination. */
public enum AgreementStatus {
    ACTIVE,
    ENDED
}
