package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** Paying a stipend installment failed (e.g. the payout details were rejected); {@code reason} says why. */
public record StipendPaymentFailed(UUID paymentId, UUID mentorshipId, int installment, String reason, Instant failedAt)
        implements DomainEvent {

    public StipendPaymentFailed {
        requireNonNull(paymentId, "paymentId");
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(reason, "reason");
        requireNonNull(failedAt, "failedAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
