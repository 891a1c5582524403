package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** The final evaluation passed: the mentee completed the mentorship (the certificate still needs exams and the survey). */
public record MentorshipCompleted(UUID mentorshipId, String menteeId, UUID projectId, Instant completedAt)
        implements DomainEvent {

    public MentorshipCompleted {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(projectId, "projectId");
        requireNonNull(completedAt, "completedAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
