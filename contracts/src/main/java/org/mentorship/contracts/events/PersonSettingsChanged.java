package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import org.mentorship.contracts.DomainEvent;

/**
 * A person (mentee, mentor, coordinator, anyone with a token) set their time zone or how each kind of notice reaches
 * them. Every service that tells a person of a deadline keeps the latest, so dates show in the person's time and a
 * notice goes by the channel they chose. {@code channels} maps a notice kind (e.g. {@code evaluation-reminder}) to
 * {@code email}, {@code phone} or {@code feed}; a kind not named goes by e-mail. Keyed by the person, so one
 * person's changes stay in order.
 */
public record PersonSettingsChanged(String personId, String timeZone, Map<String, String> channels, Instant changedAt)
        implements DomainEvent {

    public PersonSettingsChanged {
        requireNonNull(personId, "personId");
        requireNonNull(timeZone, "timeZone");
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        requireNonNull(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return personId;
    }
}
