package org.mentorship.application.model;

/** NOT_STARTED -> SUBMITTED -> APPROVED, or SUBMITTED -> RETURNED -> SUBMITTED again. */
public enum PrerequisiteStatus {
    NOT_STARTED,
    SUBMITTED,
    APPROVED,
    RETURNED
}
