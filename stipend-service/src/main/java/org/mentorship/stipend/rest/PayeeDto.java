package org.mentorship.stipend.rest;

import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.PayoutMethod;
import org.mentorship.stipend.model.TaxForm;

/**
 * Payee details as every response shows them: the account masked, never whole. {@code taxFormReceived} is the
 * program's confirmation (who, when, how), which the mentee cannot set.
 */
@Schema(name = "Payee")
public record PayeeDto(
        String menteeId,
        PayoutMethod payoutMethod,
        String accountHolder,
        String accountMasked,
        String bankCode,
        String country,
        boolean taxFormReceived,
        String taxFormConfirmedBy,
        Instant taxFormConfirmedAt,
        TaxForm.Source taxFormSource,
        Instant updatedAt,
        String email) {

    static PayeeDto of(Payee p, Optional<TaxForm> taxForm) {
        TaxForm t = taxForm.orElse(null);
        return new PayeeDto(
                p.menteeId,
                p.payoutMethod,
                p.accountHolder,
                p.accountMasked,
                p.bankCode,
                p.country,
                t != null,
                t == null ? null : t.confirmedBy,
                t == null ? null : t.confirmedAt,
                t == null ? null : t.source,
                p.updatedAt,
                p.email);
    }
}
