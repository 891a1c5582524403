package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * A mentor accepted the invitation to a project (signed the mentor agreement) and is now one of its active mentors:
 * the project's running mentorships gain this mentor, who may submit their open evaluations and gets their
 * reminders. {@code replacesMentorId} names the mentor this one took over from, when it is a replacement. Keyed by
 * the project.
 */
public record MentorAssigned(
        UUID projectId,
        UUID termId,
        String organization,
        String mentorId,
        String mentorEmail,
        String mentorRole,
        String replacesMentorId,
        Instant assignedAt)
        implements DomainEvent {

    /** The primary mentor of a project. */
    public static final String PRIMARY = "PRIMARY";
    /** A co-mentor of a project. */
    public static final String CO_MENTOR = "CO_MENTOR";

    public MentorAssigned {
        requireNonNull(projectId, "projectId");
        requireNonNull(termId, "termId");
        requireNonNull(organization, "organization");
        requireNonNull(mentorId, "mentorId");
        // mentorEmail: null when the mentor gave none (no reminders by mail then).
        requireNonNull(mentorRole, "mentorRole");
        // replacesMentorId: null unless this mentor replaces another.
        requireNonNull(assignedAt, "assignedAt");
    }

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
