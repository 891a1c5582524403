package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** An applicant submitted an application to a project of a term; its review period starts now. */
public record ApplicationSubmitted(
        UUID applicationId, UUID termId, UUID projectId, String applicantId, Instant submittedAt)
        implements DomainEvent {

    public ApplicationSubmitted {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(termId, "termId");
        requireNonNull(projectId, "projectId");
        requireNonNull(applicantId, "applicantId");
        requireNonNull(submittedAt, "submittedAt");
    }

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
