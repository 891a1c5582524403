package org.mentorship.stipend.service;

import com.prowidesoftware.swift.model.IBAN;
import com.prowidesoftware.swift.model.IbanValidationResult;
import org.mentorship.stipend.model.PayoutMethod;

/**
 * What a SEPA credit transfer (a pain.001 file) can pay: a bank transfer to a valid IBAN, nothing else. A PayPal or
 * Wise account id has no place in a bank file; CSV carries every payout method. The IBAN check is Prowide's (ISO 13616
 * check digits and each country's BBAN length and structure), not a hand-written mod 97.
 */
public final class SepaTransferPolicy {

    private SepaTransferPolicy() {}

    /** An IBAN as stored (no spaces, capitals). */
    public static boolean validIban(String account) {
        return account != null && IBAN.validate(account) == IbanValidationResult.OK;
    }

    public static boolean payable(PayoutMethod method, String account) {
        return method == PayoutMethod.BANK_TRANSFER && validIban(account);
    }
}
