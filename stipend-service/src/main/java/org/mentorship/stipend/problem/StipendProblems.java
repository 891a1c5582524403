package org.mentorship.stipend.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type stipend-service answers beyond the platform's (named by {@code mentorship.problems.catalogue}):
 * one constant per slug, with the status and title clients have always seen.
 */
public final class StipendProblems {
    public static final ProblemType PAYMENT_TRANSITION_REFUSED = new ProblemType(
            409,
            "payment-transition-refused",
            "This payment cannot move there",
            "The payment's life has no such move from its present status (e.g. cancelling a payment a file carries)");
    public static final ProblemType PAYMENT_NOT_SCHEDULED = new ProblemType(
            409,
            "payment-not-scheduled",
            "Only a scheduled payment can be approved",
            "The payment is approved, exported, paid or cancelled already");
    public static final ProblemType PAYMENT_NOT_FAILED = new ProblemType(
            409,
            "payment-not-failed",
            "Only a failed payment can be retried",
            "Only a payment whose transfer failed goes out again");
    public static final ProblemType PAYMENT_NOT_EXPORTED = new ProblemType(
            409,
            "payment-not-exported",
            "Only an exported payment can be paid",
            "Paid or failed is recorded only for a payment a payout file carries");
    public static final ProblemType PAYMENT_ALREADY_PAID = new ProblemType(
            409,
            "payment-already-paid",
            "Payment already paid",
            "The payment was recorded paid with another provider reference");
    public static final ProblemType PAYOUT_NOT_APPROVED = new ProblemType(
            409,
            "payout-not-approved",
            "No approved payout details",
            "The payment was approved before approvals kept the payout details; it goes back for approval first");
    public static final ProblemType TOO_MANY_ATTEMPTS = new ProblemType(
            409,
            "too-many-attempts",
            "Too many attempts",
            "The payment went out the most times one payment can (99 export attempts)");
    public static final ProblemType TAX_FORM_MISSING = new ProblemType(
            422,
            "tax-form-missing",
            "Tax form not received",
            "The program has not confirmed the mentee's tax form, so the payment cannot be approved");
    public static final ProblemType PAYEE_MISSING = new ProblemType(
            422,
            "payee-missing",
            "Payout details missing",
            "The mentee has given no payout details, so the payment cannot be approved");
    public static final ProblemType SECOND_APPROVER_REQUIRED = new ProblemType(
            403,
            "second-approver-required",
            "A second approver is required",
            "The payment is above the dual-approval amount and the caller gave its first approval");
    public static final ProblemType APPROVAL_BATCH_INVALID = new ProblemType(
            422,
            "approval-batch-invalid",
            "Invalid approval batch",
            "A batch of approvals names 1 to 500 payments, each once");
    public static final ProblemType NOTHING_TO_EXPORT = new ProblemType(
            422, "nothing-to-export", "Nothing to export", "No approved payment is waiting for a payout file");
    public static final ProblemType UNKNOWN_FORMAT =
            new ProblemType(422, "unknown-format", "Unknown export format", "A payout file is csv or pain001");
    public static final ProblemType PAYOUT_RAIL_UNSUPPORTED = new ProblemType(
            422,
            "payout-rail-unsupported",
            "Payout rail not in a SEPA file",
            "A pain.001 file pays bank transfers to an IBAN only, and an approved payment is paid otherwise");
    public static final ProblemType BATCH_FILE_NOT_KEPT = new ProblemType(
            410,
            "batch-file-not-kept",
            "Payout file not kept",
            "The batch was exported before payout files were kept, so its file cannot be downloaded again");
    public static final ProblemType UNKNOWN_COUNTRY = new ProblemType(
            422, "unknown-country", "Unknown country", "A country is not an ISO 3166 alpha-2 country code");
    public static final ProblemType INVALID_IBAN =
            new ProblemType(422, "invalid-iban", "Invalid IBAN", "A bank transfer's account is not a valid IBAN");
    public static final ProblemType UNKNOWN_CURRENCY =
            new ProblemType(422, "unknown-currency", "Unknown currency", "The plan's currency is not an ISO 4217 code");
    public static final ProblemType FLOOR_ABOVE_CAP =
            new ProblemType(422, "floor-above-cap", "Floor above cap", "The plan's floor exceeds its cap");
    public static final ProblemType INVALID_SPLIT = new ProblemType(
            422,
            "invalid-split",
            "Invalid installment split",
            "The installments are not numbered 1, 2, ..., do not follow increasing evaluations, wait for the final"
                    + " evaluation before the last, or do not add up to 100 percent");
    public static final ProblemType UNKNOWN_GROUPING = new ProblemType(
            422, "unknown-grouping", "Unknown grouping", "Totals are grouped by mentorship, project or term");
    public static final ProblemType STALE_CALLBACK = new ProblemType(
            401,
            "stale-callback",
            "Callback outside the time tolerance",
            "The payout callback's webhook-timestamp is more than 5 minutes from now (replayed or delayed)");
    public static final ProblemType BAD_SIGNATURE = new ProblemType(
            401,
            "bad-signature",
            "Bad signature",
            "The payout callback's webhook headers are missing or do not sign its body");
    public static final ProblemType NOT_CONFIGURED = new ProblemType(
            503,
            "not-configured",
            "Not configured",
            "A secret this needs (payee encryption key, payout callback secret) is not configured");

    private StipendProblems() {}
}
