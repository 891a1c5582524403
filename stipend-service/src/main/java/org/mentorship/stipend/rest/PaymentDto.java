package org.mentorship.stipend.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.PayoutDetails;
import org.mentorship.stipend.model.PayoutMethod;
import org.mentorship.stipend.service.Money;

/**
 * A payment; {@code amount} is {@code amountMinor} in major units at the currency's scale (e.g. 1500.00 EUR).
 * {@code payout} is where it goes as approved (masked; null until approved); {@code attempts} is the number of the
 * current export attempt; {@code paidAfterRecall} flags money that left although a recall was asked for. A
 * SCHEDULED payment with {@code firstApprovedBy} waits for the second approval of another finance user.
 */
public record PaymentDto(
        UUID id,
        UUID mentorshipId,
        int installment,
        UUID evaluationId,
        PaymentStatus status,
        long amountMinor,
        BigDecimal amount,
        String currency,
        LocalDate expectedOn,
        Instant scheduledAt,
        String firstApprovedBy,
        Instant firstApprovedAt,
        String approvedBy,
        Instant approvedAt,
        Instant paidAt,
        String providerReference,
        String failureReason,
        int attempts,
        UUID exportBatchId,
        Payout payout,
        Instant recallRequestedAt,
        String recallReason,
        boolean paidAfterRecall) {

    /** The approved payout details, as every response shows them: the account masked. */
    public record Payout(
            PayoutMethod payoutMethod, String accountHolder, String accountMasked, String bankCode, String country) {

        static Payout of(PayoutDetails d) {
            return d == null || d.method == null
                    ? null
                    : new Payout(d.method, d.accountHolder, d.accountMasked, d.bankCode, d.country);
        }
    }

    /** The same without the payout details (the payee's data, finance's). */
    PaymentDto withoutPayout() {
        return new PaymentDto(
                id,
                mentorshipId,
                installment,
                evaluationId,
                status,
                amountMinor,
                amount,
                currency,
                expectedOn,
                scheduledAt,
                firstApprovedBy,
                firstApprovedAt,
                approvedBy,
                approvedAt,
                paidAt,
                providerReference,
                failureReason,
                attempts,
                exportBatchId,
                null,
                recallRequestedAt,
                recallReason,
                paidAfterRecall);
    }

    static PaymentDto of(Payment p) {
        return new PaymentDto(
                p.id,
                p.mentorshipId,
                p.installment,
                p.evaluationId,
                p.status,
                p.amountMinor,
                Money.isCurrency(p.currency)
                        ? Money.major(p.amountMinor, p.currency)
                        : BigDecimal.valueOf(p.amountMinor),
                p.currency,
                p.expectedOn,
                p.scheduledAt,
                p.firstApprovedBy,
                p.firstApprovedAt,
                p.approvedBy,
                p.approvedAt,
                p.paidAt,
                p.providerReference,
                p.failureReason,
                p.attempts,
                p.exportBatchId,
                Payout.of(p.payout),
                p.recallRequestedAt,
                p.recallReason,
                p.paidAfterRecall);
    }
}
