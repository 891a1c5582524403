package org.mentorship.application.model;

import java.util.Set;

/**
 * Where an application stands. SUBMITTED -> ACCEPTED -> ONBOARDED -> COMPLETED -> GRADUATED is the way through;
 * REJECTED, WITHDRAWN and ENDED are the ways out. WAITLISTED waits beside SUBMITTED -> ACCEPTED: a coordinator put it on
 * its project's waitlist, and it is accepted when an accepted applicant of the project withdraws (WaitlistPolicy).
 */
public enum ApplicationStatus {
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    WITHDRAWN,
    ONBOARDED,
    COMPLETED,
    GRADUATED,
    ENDED,
    WAITLISTED;

    /** Statuses that hold one of the project's slots (an ended mentorship used its slot). */
    public static final Set<ApplicationStatus> HOLDS_SLOT = Set.of(ACCEPTED, ONBOARDED, COMPLETED, GRADUATED, ENDED);
}
