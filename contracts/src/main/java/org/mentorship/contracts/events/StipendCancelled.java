package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * A stipend installment will not be paid (its evaluation failed or the mentorship was terminated);
 * {@code paymentId} is null when no payment had been scheduled for it yet.
 */
public record StipendCancelled(UUID paymentId, UUID mentorshipId, int installment, String reason, Instant cancelledAt)
        implements DomainEvent {

    public StipendCancelled {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(reason, "reason");
        requireNonNull(cancelledAt, "cancelledAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
