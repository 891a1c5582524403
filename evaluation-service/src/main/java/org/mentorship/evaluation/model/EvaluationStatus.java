package org.mentorship.evaluation.model;

/** SCHEDULED until a mentor submits it (SUBMITTED, locked); a coordinator can reopen it (REOPENED) for a new submission. */
public enum EvaluationStatus {
    SCHEDULED,
    SUBMITTED,
    REOPENED
}
