package org.mentorship.evaluation.model;

/** What community participation was recorded: meetings attended, discussions, contributions, and contact between mentor and mentee. */
public enum ParticipationKind {
    MEETING,
    DISCUSSION,
    CONTRIBUTION,
    MENTOR_CONTACT
}
