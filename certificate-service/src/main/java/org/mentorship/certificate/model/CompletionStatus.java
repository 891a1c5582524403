package org.mentorship.certificate.model;

/** OPEN -> CERTIFIED (every requirement met, certificate issued) or OPEN -> CLOSED (mentorship terminated). */
public enum CompletionStatus {
    OPEN,
    CERTIFIED,
    CLOSED
}
