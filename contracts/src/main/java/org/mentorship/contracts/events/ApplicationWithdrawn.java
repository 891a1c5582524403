package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * The application was withdrawn: by the applicant, or because they were accepted to another project of the
 * same term ({@code reason} says which).
 */
public record ApplicationWithdrawn(
        UUID applicationId, UUID termId, UUID projectId, String applicantId, String reason, Instant withdrawnAt)
        implements DomainEvent {

    public ApplicationWithdrawn {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(termId, "termId");
        requireNonNull(projectId, "projectId");
        requireNonNull(applicantId, "applicantId");
        requireNonNull(reason, "reason");
        requireNonNull(withdrawnAt, "withdrawnAt");
    }

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
