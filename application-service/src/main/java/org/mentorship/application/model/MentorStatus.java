package org.mentorship.application.model;

/** INVITED -> ACTIVE (the agreement signed) -> RESIGNED | REPLACED; the last two are final. */
public enum MentorStatus {
    INVITED,
    ACTIVE,
    RESIGNED,
    REPLACED
}
