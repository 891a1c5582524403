package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where a payment goes, as it was when finance approved it: the account stays encrypted (the payee's ciphertext,
 * copied), so a later change of the payee's details cannot redirect an approved or exported payment.
 */
@Embeddable
public class PayoutDetails {

    @Enumerated(EnumType.STRING)
    @Column(name = "payout_method")
    public PayoutMethod method;

    @Column(name = "payout_account_holder")
    public String accountHolder;

    @Column(name = "payout_account_encrypted")
    public String accountEncrypted;

    @Column(name = "payout_account_masked")
    public String accountMasked;

    @Column(name = "payout_bank_code")
    public String bankCode;

    @Column(name = "payout_country", length = 2)
    public String country;

    public static PayoutDetails of(Payee payee) {
        PayoutDetails d = new PayoutDetails();
        d.method = payee.payoutMethod;
        d.accountHolder = payee.accountHolder;
        d.accountEncrypted = payee.accountEncrypted;
        d.accountMasked = payee.accountMasked;
        d.bankCode = payee.bankCode;
        d.country = payee.country;
        return d;
    }
}
