package org.mentorship.stipend.model;

/** SCHEDULED -> APPROVED (finance) -> PAID, or FAILED / CANCELLED. */
public enum PaymentStatus {
    SCHEDULED, APPROVED, PAID, FAILED, CANCELLED
}
