package org.mentorship.stipend.service;

import java.util.Optional;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.PayoutDetails;
import org.mentorship.stipend.model.TaxForm;
import org.mentorship.stipend.problem.StipendProblems;

/**
 * What a payment needs before money moves (stage 5), in one place:
 * <ol>
 * <li>an earned installment's payment is scheduled once the mentee has given payout details (a pass that comes before
 * them waits for them);</li>
 * <li>finance approves it only with the tax form as the program confirmed it, never on the payee's word;</li>
 * <li>the approval that lets it go needs the payout details, and keeps them: the payout file pays that snapshot.</li>
 * </ol>
 * Who may approve (not the payee; two different finance users above the dual-approval amount) is
 * {@link SeparationOfDuties}'.
 */
public final class ApprovalPolicy {

    /** Whether a payment can be scheduled for a mentee with these payout details (null = none given yet). */
    public static boolean schedulable(Payee payee) {
        return payee != null;
    }

    /** The program's confirmation of the tax form, or 422 tax-form-missing: the payment stays scheduled. */
    public static TaxForm confirmedTaxForm(Optional<TaxForm> confirmed) {
        return confirmed.orElseThrow(() -> StipendProblems.TAX_FORM_MISSING.with(
                "The program has not confirmed the mentee's tax form; the payment stays scheduled"));
    }

    /** What the approved payment will pay to, or 422 payee-missing: the payment stays scheduled. */
    public static PayoutDetails payoutDetails(Payee payee) {
        if (!schedulable(payee)) {
            throw StipendProblems.PAYEE_MISSING.with(
                    "The mentee has given no payout details; the payment stays scheduled");
        }
        return PayoutDetails.of(payee);
    }

    private ApprovalPolicy() {}
}
