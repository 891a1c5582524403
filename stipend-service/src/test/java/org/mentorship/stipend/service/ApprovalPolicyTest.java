package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.PayoutDetails;
import org.mentorship.stipend.model.PayoutMethod;
import org.mentorship.stipend.model.TaxForm;

/** What a payment needs before money moves, each rule with the answer finance gets. */
class ApprovalPolicyTest {

    @Test
    void aPaymentIsScheduledOnlyOnceThereIsSomewhereToPayIt() {
        assertThat(ApprovalPolicy.schedulable(null)).isFalse();
        assertThat(ApprovalPolicy.schedulable(payee())).isTrue();
    }

    @Test
    void approvalNeedsTheTaxFormAsTheProgramConfirmedIt() {
        assertThatThrownBy(() -> ApprovalPolicy.confirmedTaxForm(Optional.empty()))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.slug()).isEqualTo("tax-form-missing"));
        TaxForm confirmed = new TaxForm();
        assertThat(ApprovalPolicy.confirmedTaxForm(Optional.of(confirmed))).isSameAs(confirmed);
    }

    @Test
    void theApprovalThatLetsItGoKeepsThePayoutDetailsItPaysTo() {
        assertThatThrownBy(() -> ApprovalPolicy.payoutDetails(null))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.slug()).isEqualTo("payee-missing"));
        PayoutDetails details = ApprovalPolicy.payoutDetails(payee());
        assertThat(details.method).isEqualTo(PayoutMethod.BANK_TRANSFER);
        assertThat(details.accountHolder).isEqualTo("Ana Okafor");
        assertThat(details.accountEncrypted).isEqualTo("sealed");
    }

    private static Payee payee() {
        Payee p = new Payee();
        p.menteeId = "ana";
        p.payoutMethod = PayoutMethod.BANK_TRANSFER;
        p.accountHolder = "Ana Okafor";
        p.accountEncrypted = "sealed";
        p.accountMasked = "DE89 **** 3000";
        p.bankCode = "COBADEFFXXX";
        p.country = "DE";
        return p;
    }
}
