package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.Installment;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.problem.StipendProblems;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.EvaluationOutcomes;
import org.mentorship.stipend.repository.InstallmentRepository;
import org.mentorship.stipend.repository.PaymentRepository;
import org.mentorship.stipend.repository.PlanRepository;

/**
 * Finance re-verifies an agreement's country (e.g. the contract's was wrong). Only what nobody approved yet follows:
 * installments without a payment and SCHEDULED payments get the amounts of the new country; approved, exported, paid
 * or cancelled ones keep theirs. Recorded in the agreement's ledger, and in the payment ledger of each payment changed.
 */
@ApplicationScoped
public class CountryVerification {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final AgreementRepository agreements;
    private final InstallmentRepository installments;
    private final PaymentRepository payments;
    private final PlanRepository plans;
    private final EvaluationOutcomes outcomes;
    private final SeparationOfDuties duties;
    private final Ledger ledger;
    private final AgreementLedger agreementLedger;
    private final Clock clock;

    CountryVerification(
            AgreementRepository agreements,
            InstallmentRepository installments,
            PaymentRepository payments,
            PlanRepository plans,
            EvaluationOutcomes outcomes,
            SeparationOfDuties duties,
            Ledger ledger,
            AgreementLedger agreementLedger,
            Clock clock) {
        this.agreements = agreements;
        this.installments = installments;
        this.payments = payments;
        this.plans = plans;
        this.outcomes = outcomes;
        this.duties = duties;
        this.ledger = ledger;
        this.agreementLedger = agreementLedger;
        this.clock = clock;
    }

    @Transactional
    public StipendAgreement reverify(UUID mentorshipId, String country, String actor, String reason) {
        if (!COUNTRIES.contains(country)) {
            throw StipendProblems.UNKNOWN_COUNTRY.with("'" + country + "' is not an ISO 3166 alpha-2 country code");
        }
        // Under the mentorship's lock, so an evaluation pass scheduling a payment sees the amounts before or after.
        outcomes.lockMentorship(mentorshipId);
        StipendAgreement agreement = agreements
                .findByIdOptional(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("Stipend agreement", mentorshipId));
        duties.refuseSelfDealing(actor, agreement, "verify your country");
        String before = agreement.verifyCountry(country, actor, clock.instant());
        List<Long> amounts = InstallmentPolicy.amounts(plans.findById(agreement.planId), country);
        StringBuilder changes = new StringBuilder(
                "Country re-verified: " + (before == null ? "none" : before) + " -> " + country + " (" + reason + ").");
        List<Installment> all = installments.byMentorship(mentorshipId);
        for (int n = 0; n < all.size(); n++) {
            Installment installment = all.get(n);
            Optional<Payment> payment = payments.findByInstallment(mentorshipId, installment.number);
            long amount = amounts.get(n);
            boolean open = !installment.cancelled()
                    && payment.map(p -> p.status == PaymentStatus.SCHEDULED).orElse(true);
            if (!open) {
                changes.append(" Installment ")
                        .append(installment.number)
                        .append(" kept ")
                        .append(installment.amountMinor)
                        .append(" (")
                        .append(payment.map(p -> p.status.name()).orElse("CANCELLED"))
                        .append(").");
                continue;
            }
            if (amount == installment.amountMinor) {
                continue;
            }
            changes.append(" Installment ")
                    .append(installment.number)
                    .append(": ")
                    .append(installment.amountMinor)
                    .append(" -> ")
                    .append(amount)
                    .append(' ')
                    .append(installment.currency)
                    .append('.');
            installment.reprice(amount);
            payment.ifPresent(p -> {
                String withdrawn = p.reprice(amount, clock.instant());
                String why = "Country re-verified by finance (" + country + "): amount " + amount;
                if (withdrawn != null) {
                    // A first approval was for the old amount: both approvals are needed again.
                    why += "; first approval by " + withdrawn + " withdrawn";
                }
                ledger.record(p, p.status, actor, why);
            });
        }
        agreementLedger.record(mentorshipId, actor, changes.toString());
        return agreement;
    }
}
