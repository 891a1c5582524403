package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * The application was not accepted: declined by a coordinator, or closed when its review period ended with
 * prerequisites still open ({@code reason} says which).
 */
public record ApplicationRejected(
        UUID applicationId, UUID termId, UUID projectId, String applicantId, String reason, Instant decidedAt)
        implements DomainEvent {

    public ApplicationRejected {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(termId, "termId");
        requireNonNull(projectId, "projectId");
        requireNonNull(applicantId, "applicantId");
        requireNonNull(reason, "reason");
        requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
