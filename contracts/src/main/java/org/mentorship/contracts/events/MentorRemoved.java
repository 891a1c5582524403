package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * A mentor left a project: resigned, or replaced by another mentor ({@code replacedBy}). The project's running
 * mentorships lose this mentor: no more evaluations to submit, no more reminders, no more access. Keyed by the
 * project, so it follows the MentorAssigned of the same project in order.
 */
public record MentorRemoved(
        UUID projectId, String mentorId, String reason, String replacedBy, String note, Instant removedAt)
        implements DomainEvent {

    /** The mentor resigned (or an admin recorded that they left). */
    public static final String RESIGNED = "RESIGNED";
    /** Another mentor took over the mentor's mentees. */
    public static final String REPLACED = "REPLACED";

    public MentorRemoved {
        requireNonNull(projectId, "projectId");
        requireNonNull(mentorId, "mentorId");
        requireNonNull(reason, "reason");
        // replacedBy: null unless reason is REPLACED. note: why, in the admin's or mentor's words; may be null.
        requireNonNull(removedAt, "removedAt");
    }

    @Override
    public String aggregateId() {
        return projectId.toString();
    }
}
