package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * The application was accepted: the applicant is selected for the project and goes on to onboarding. {@code decidedBy}
 * is the coordinator or org-admin who decided, or {@code system:waitlist} when a freed slot went to the first on the
 * project's waitlist.
 */
public record ApplicationAccepted(
        UUID applicationId, UUID termId, UUID projectId, String applicantId, String decidedBy, Instant decidedAt)
        implements DomainEvent {

    public ApplicationAccepted {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(termId, "termId");
        requireNonNull(projectId, "projectId");
        requireNonNull(applicantId, "applicantId");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
