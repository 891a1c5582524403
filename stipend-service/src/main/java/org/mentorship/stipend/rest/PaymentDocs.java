package org.mentorship.stipend.rest;

/** The long descriptions of the PaymentResource operations, out of the annotations (the OpenAPI document reads them). */
final class PaymentDocs {

    static final String APPROVE_PAYMENT =
            "Needs the mentee's tax form as the program confirmed it (the tax-form HR step or finance). Not a payment to yourself "
                    + "(403 self-dealing). Above mentorship.stipend.dual-approval-above-minor it takes two different finance users: the first "
                    + "approval is recorded (firstApprovedBy) and the payment stays SCHEDULED; the same user again is 403 second-approver-required. "
                    + "A second approval of an approved payment, even a simultaneous one, is 409 and changes nothing. Accepts an "
                    + "Idempotency-Key: the same key replays the first answer.";

    static final String APPROVE_PAYMENTS =
            "paymentIds: 1 to 500 payments, each once (else 422 approval-batch-invalid, nothing approved); note: optional, "
                    + "the ledger's reason for each. Each payment goes through exactly the single approval "
                    + "(approvePayment: its state, separation-of-duties, tax-form and payout-details checks, two approvers above "
                    + "the dual-approval amount) in a transaction of its own, in the batch's order: a refused payment changes "
                    + "nothing and undoes no other. The answer is 200 with one item per payment: APPROVED; FIRST_APPROVAL (it "
                    + "stays SCHEDULED for a second finance user); REFUSED with the problem the single approval would have "
                    + "answered (self-dealing, payment-not-scheduled, second-approver-required, tax-form-missing, payee-missing, "
                    + "...); NOT_FOUND with the not-found problem, as the single approval's 404. Sending the batch again is "
                    + "safe (an approved payment is refused as payment-not-scheduled); with the same Idempotency-Key it "
                    + "replays the first answer.";

    static final String EXPORT_PAYMENT_LIST =
            "The payments list of listPaymentQueue (same status filter, same roles, same order: oldest scheduled first) "
                    + "as text/csv, every payment of it, not a page: written while it is read, in chunks. The columns are "
                    + "the list's fields (the payout account masked); a text cell a spreadsheet would run as a formula "
                    + "(=, +, -, @, tab) starts with a quote, line breaks in a cell become spaces, as in the payout file.";

    static final String EXPORT_PAYMENTS =
            "format=csv or pain001 (ISO 20022 pain.001.001.09, the Document only, valid against the ISO schema). "
                    + "Takes every approved payment no file carried yet and marks them with a new batch (header X-Export-Batch). "
                    + "CSV carries every payout method; pain001 is a SEPA credit transfer and carries bank transfers to an IBAN "
                    + "only: an approved PayPal or Wise payment (or an account that is no valid IBAN) refuses the whole pain001 "
                    + "export (422 payout-rail-unsupported, nothing marked); export those as CSV.";

    static final String EXPORT_PAYMENTS_422 =
            "Nothing to export (nothing-to-export), an unknown format (unknown-format), "
                    + "or a pain001 export with an approved payment a SEPA file cannot carry (payout-rail-unsupported, naming each): "
                    + "nothing is exported or marked";

    static final String REPORT_PAYOUT_200 = "Applied: the payment after the report. With the header "
            + "Idempotent-Replayed: true, this webhook-id was applied before and nothing changed now. A report for an earlier "
            + "export attempt than the payment's current one is recorded (attempt, ledger) and changes the payment in nothing.";

    static final String REPORT_PAYOUT_409 =
            "payment-transition-refused, payment-already-paid: the report contradicts the payment's current attempt (e.g. PAID with another reference, PAID after FAILED, a report for a cancelled payment); nothing changed";

    private PaymentDocs() {}
}
