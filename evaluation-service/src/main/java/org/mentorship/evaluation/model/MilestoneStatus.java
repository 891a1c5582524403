package org.mentorship.evaluation.model;

/** A milestone is OPEN until the mentor confirms its acceptance criteria are MET. */
public enum MilestoneStatus {
    OPEN,
    MET
}
