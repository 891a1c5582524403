package org.mentorship.stipend.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type stipend-service answers beyond the platform's (named by {@code mentorship.problems.catalogue}):
 * one constant per slug, with the status and title clients have always seen.
 */
public enum StipendProblems implements ProblemType {
    PAYMENT_TRANSITION_REFUSED(
            409,
            "payment-transition-refused",
            "This payment cannot move there",
            "The payment's life has no such move from its present status (e.g. cancelling a payment a file carries)"),
    PAYMENT_NOT_SCHEDULED(
            409,
            "payment-not-scheduled",
            "Only a scheduled payment can be approved",
            "The payment is approved, exported, paid or cancelled already"),
    PAYMENT_NOT_FAILED(
            409,
            "payment-not-failed",
            "Only a failed payment can be retried",
            "Only a payment whose transfer failed goes out again"),
    PAYMENT_NOT_EXPORTED(
            409,
            "payment-not-exported",
            "Only an exported payment can be paid",
            "Paid or failed is recorded only for a payment a payout file carries"),
    PAYMENT_ALREADY_PAID(
            409,
            "payment-already-paid",
            "Payment already paid",
            "The payment was recorded paid with another provider reference"),
    PAYOUT_NOT_APPROVED(
            409,
            "payout-not-approved",
            "No approved payout details",
            "The payment was approved before approvals kept the payout details; it goes back for approval first"),
    TOO_MANY_ATTEMPTS(
            409,
            "too-many-attempts",
            "Too many attempts",
            "The payment went out the most times one payment can (99 export attempts)"),
    TAX_FORM_MISSING(
            422,
            "tax-form-missing",
            "Tax form not received",
            "The program has not confirmed the mentee's tax form, so the payment cannot be approved"),
    PAYEE_MISSING(
            422,
            "payee-missing",
            "Payout details missing",
            "The mentee has given no payout details, so the payment cannot be approved"),
    SECOND_APPROVER_REQUIRED(
            403,
            "second-approver-required",
            "A second approver is required",
            "The payment is above the dual-approval amount and the caller gave its first approval"),
    NOTHING_TO_EXPORT(
            422, "nothing-to-export", "Nothing to export", "No approved payment is waiting for a payout file"),
    UNKNOWN_FORMAT(422, "unknown-format", "Unknown export format", "A payout file is csv or pain001"),
    PAYOUT_RAIL_UNSUPPORTED(
            422,
            "payout-rail-unsupported",
            "Payout rail not in a SEPA file",
            "A pain.001 file pays bank transfers to an IBAN only, and an approved payment is paid otherwise"),
    BATCH_FILE_NOT_KEPT(
            410,
            "batch-file-not-kept",
            "Payout file not kept",
            "The batch was exported before payout files were kept, so its file cannot be downloaded again"),
    UNKNOWN_COUNTRY(422, "unknown-country", "Unknown country", "A country is not an ISO 3166 alpha-2 country code"),
    INVALID_IBAN(422, "invalid-iban", "Invalid IBAN", "A bank transfer's account is not a valid IBAN"),
    UNKNOWN_CURRENCY(422, "unknown-currency", "Unknown currency", "The plan's currency is not an ISO 4217 code"),
    FLOOR_ABOVE_CAP(422, "floor-above-cap", "Floor above cap", "The plan's floor exceeds its cap"),
    INVALID_SPLIT(
            422,
            "invalid-split",
            "Invalid installment split",
            "The installments are not numbered 1, 2, ..., do not follow increasing evaluations, wait for the final"
                    + " evaluation before the last, or do not add up to 100 percent"),
    UNKNOWN_GROUPING(422, "unknown-grouping", "Unknown grouping", "Totals are grouped by mentorship, project or term"),
    STALE_CALLBACK(
            401,
            "stale-callback",
            "Callback outside the time tolerance",
            "The payout callback's webhook-timestamp is more than 5 minutes from now (replayed or delayed)"),
    BAD_SIGNATURE(
            401,
            "bad-signature",
            "Bad signature",
            "The payout callback's webhook headers are missing or do not sign its body"),
    NOT_CONFIGURED(
            503,
            "not-configured",
            "Not configured",
            "A secret this needs (payee encryption key, payout callback secret) is not configured");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    StipendProblems(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }
}
