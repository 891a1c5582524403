package org.mentorship.stipend.rest;

import java.time.Instant;

import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.PayoutMethod;

/** Payee details as every response shows them: the account masked, never whole. */
public record PayeeDto(String menteeId, PayoutMethod payoutMethod, String accountHolder, String accountMasked,
        String bankCode, String country, boolean taxFormReceived, Instant updatedAt, String email) {

    static PayeeDto of(Payee p) {
        return new PayeeDto(p.menteeId, p.payoutMethod, p.accountHolder, p.accountMasked, p.bankCode, p.country,
                p.taxFormReceived, p.updatedAt, p.email);
    }
}
