package org.mentorship.evaluation.model;

/**
 * SCHEDULED until a mentor submits it (SUBMITTED, locked); a coordinator can reopen it (REOPENED) for a new
 * submission. A FAIL is first UNDER_REVIEW (locked, its outcome not yet final) until it is confirmed or overturned.
 */
public enum EvaluationStatus {
    SCHEDULED,
    SUBMITTED,
    REOPENED,
    UNDER_REVIEW
}
