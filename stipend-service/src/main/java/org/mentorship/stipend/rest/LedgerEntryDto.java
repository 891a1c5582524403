package org.mentorship.stipend.rest;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.stipend.model.LedgerEntry;
import org.mentorship.stipend.model.PaymentStatus;

public record LedgerEntryDto(
        long seq,
        UUID paymentId,
        UUID mentorshipId,
        int installment,
        String actor,
        Instant at,
        PaymentStatus from,
        PaymentStatus to,
        long amountMinor,
        String currency,
        String reason) {

    static LedgerEntryDto of(LedgerEntry e) {
        return new LedgerEntryDto(
                e.seq,
                e.paymentId,
                e.mentorshipId,
                e.installment,
                e.actor,
                e.at,
                e.fromStatus,
                e.toStatus,
                e.amountMinor,
                e.currency,
                e.reason);
    }
}
