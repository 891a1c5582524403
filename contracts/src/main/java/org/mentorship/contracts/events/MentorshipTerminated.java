package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** The mentorship ended early, after a failed evaluation or by a coordinator; {@code reason} says why. */
public record MentorshipTerminated(UUID mentorshipId, String menteeId, String reason, Instant terminatedAt)
        implements DomainEvent {

    public MentorshipTerminated {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(reason, "reason");
        requireNonNull(terminatedAt, "terminatedAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
