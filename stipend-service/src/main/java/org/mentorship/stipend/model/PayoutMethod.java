package org.mentorship.stipend.model;

/** How a mentee is paid; a bank transfer needs an IBAN, the others an account id (e.g. an e-mail address). */
public enum PayoutMethod {
    BANK_TRANSFER,
    PAYPAL,
    WISE
}
