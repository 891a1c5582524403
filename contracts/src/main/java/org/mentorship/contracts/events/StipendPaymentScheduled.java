package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * A stipend installment was earned (its evaluation passed) and its payment is scheduled, awaiting finance's
 * approval. {@code amountMinor} is in the currency's minor unit (cents for USD).
 */
public record StipendPaymentScheduled(
        UUID paymentId,
        UUID mentorshipId,
        int installment,
        long amountMinor,
        String currency,
        LocalDate expectedOn,
        Instant scheduledAt)
        implements DomainEvent {

    public StipendPaymentScheduled {
        requireNonNull(paymentId, "paymentId");
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(currency, "currency");
        requireNonNull(expectedOn, "expectedOn");
        requireNonNull(scheduledAt, "scheduledAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
