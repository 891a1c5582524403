package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * The final evaluation passed: the mentee completed the mentorship (the certificate still needs exams and the survey).
 * {@code workProductUrl} and {@code finalReport} are the mentee's program output as the mentor confirmed it (added
 * later, additive: an event written before has none).
 */
public record MentorshipCompleted(
        UUID mentorshipId,
        String menteeId,
        UUID projectId,
        Instant completedAt,
        String workProductUrl,
        String finalReport)
        implements DomainEvent {

    public MentorshipCompleted {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(projectId, "projectId");
        requireNonNull(completedAt, "completedAt");
    }

    /** The event as it was before the program output was added. */
    public MentorshipCompleted(UUID mentorshipId, String menteeId, UUID projectId, Instant completedAt) {
        this(mentorshipId, menteeId, projectId, completedAt, null, null);
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
