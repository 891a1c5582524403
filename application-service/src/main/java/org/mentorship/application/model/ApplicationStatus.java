package org.mentorship.application.model;

import java.util.Set;

/**
 * Where an application stands. SUBMITTED -> ACCEPTED -> ONBOARDED -> COMPLETED -> GRADUATED is the way through;
 * REJECTED, WITHDRAWN and ENDED are the ways out.
 */
public enum ApplicationStatus {
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    WITHDRAWN,
    ONBOARDED,
    COMPLETED,
    GRADUATED,
    ENDED;

    /** Statuses that hold one of the project's slots (an ended mentorship used its slot). */
    public static final Set<ApplicationStatus> HOLDS_SLOT = Set.of(ACCEPTED, ONBOARDED, COMPLETED, GRADUATED, ENDED);
}
