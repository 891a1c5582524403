package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * The person asked to be forgotten and the request was carried out where application-service keeps their data:
 * every service now replaces the person's name, e-mail, phone and free text with a pseudonym, except what accounting
 * (payments) and verification (issued Letters of Completion) must keep. Carries only ids. Keyed by the person.
 */
public record PersonErased(UUID requestId, String personId, String pseudonym, Instant erasedAt) implements DomainEvent {

    public PersonErased {
        requireNonNull(requestId, "requestId");
        requireNonNull(personId, "personId");
        requireNonNull(pseudonym, "pseudonym");
        requireNonNull(erasedAt, "erasedAt");
    }

    @Override
    public String aggregateId() {
        return personId;
    }
}
