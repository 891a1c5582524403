package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * A coordinator checked off the {@code tax-form} HR step of an accepted application: the program, not the payee,
 * confirms that the mentee's tax form was received. Keyed by the application (there is no mentorship yet when the
 * step is checked), so it may reach a consumer before or after MenteeOnboarded.
 */
public record TaxFormConfirmed(
        UUID applicationId, UUID termId, UUID projectId, String menteeId, String confirmedBy, Instant confirmedAt)
        implements DomainEvent {

    public TaxFormConfirmed {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(termId, "termId");
        requireNonNull(projectId, "projectId");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(confirmedBy, "confirmedBy");
        requireNonNull(confirmedAt, "confirmedAt");
    }

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
