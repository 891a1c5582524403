package org.mentorship.evaluation.model;

/** The mentee moves a task forward (TODO, IN_PROGRESS, IN_REVIEW); the mentor accepts it as DONE or sends it back. */
public enum TaskStatus {
    TODO,
    IN_PROGRESS,
    IN_REVIEW,
    DONE
}
