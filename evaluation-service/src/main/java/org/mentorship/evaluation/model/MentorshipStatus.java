package org.mentorship.evaluation.model;

/** Where a mentorship stands: ACTIVE until an extension (EXTENDED), then COMPLETED or TERMINATED (both final). */
public enum MentorshipStatus {
    ACTIVE,
    EXTENDED,
    COMPLETED,
    TERMINATED;

    public boolean isOpen() {
        return this == ACTIVE || this == EXTENDED;
    }
}
