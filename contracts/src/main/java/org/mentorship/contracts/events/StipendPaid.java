package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** A stipend installment was paid out to the mentee; {@code amountMinor} is in the currency's minor unit. */
public record StipendPaid(
        UUID paymentId,
        UUID mentorshipId,
        int installment,
        long amountMinor,
        String currency,
        String providerReference,
        Instant paidAt)
        implements DomainEvent {

    public StipendPaid {
        requireNonNull(paymentId, "paymentId");
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(currency, "currency");
        requireNonNull(providerReference, "providerReference");
        requireNonNull(paidAt, "paidAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
