package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.events.EvaluationOutcomeChanged;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.contracts.events.StipendPaymentScheduled;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.stipend.model.Installment;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.PendingEvent;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.EvaluationOutcomes;
import org.mentorship.stipend.repository.InstallmentRepository;
import org.mentorship.stipend.repository.PaymentRepository;
import org.mentorship.stipend.repository.PendingEventRepository;

/**
 * A pass taken back: the evaluation was reopened and submitted again as EXTEND or FAIL (EvaluationOutcomeChanged).
 * The installment that pass earned has its payment cancelled while it is still SCHEDULED or APPROVED (ledger,
 * StipendCancelled); further along (in a bank file, paid, failed) it is left alone and flagged in its ledger for
 * finance. A pass still parked (waiting for the agreement or payee details) is dropped. After an EXTEND the
 * installment stays open: a later pass of the evaluation schedules the same payment again, once. A payment CANCELLED
 * while its installment is not is exactly that case (ending an agreement cancels the installment too). Runs in the
 * inbox's transaction, under the mentorship's lock, before {@link StipendEvents} applies the same event.
 */
@ApplicationScoped
public class TakenBackPasses {

    private static final Logger LOG = Logger.getLogger(TakenBackPasses.class);
    private static final String ACTOR = "system:EvaluationOutcomeChanged";

    private final AgreementRepository agreements;
    private final InstallmentRepository installments;
    private final PaymentRepository payments;
    private final PendingEventRepository pending;
    private final EvaluationOutcomes outcomes;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Clock clock;

    TakenBackPasses(
            AgreementRepository agreements,
            InstallmentRepository installments,
            PaymentRepository payments,
            PendingEventRepository pending,
            EvaluationOutcomes outcomes,
            Ledger ledger,
            Outbox outbox,
            Clock clock) {
        this.agreements = agreements;
        this.installments = installments;
        this.payments = payments;
        this.pending = pending;
        this.outcomes = outcomes;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Takes a pass back, or earns a taken-back installment again; any other event changes nothing here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DomainEvent event) {
        if (event instanceof EvaluationOutcomeChanged changed && changed.passTakenBack()) {
            takeBack(changed);
        } else if (event instanceof EvaluationPassed passed) {
            earnAgain(passed);
        }
    }

    private void takeBack(EvaluationOutcomeChanged changed) {
        UUID mentorship = changed.mentorshipId();
        outcomes.lockMentorship(mentorship);
        dropParkedPass(changed);
        if (agreements.findByIdOptional(mentorship).isEmpty()) {
            return;
        }
        String why = "Evaluation " + changed.number() + " was reopened and is now " + changed.newOutcome()
                + ": its pass no longer earns this installment";
        Instant now = clock.instant();
        for (Installment installment : installments.byMentorship(mentorship)) {
            if (!InstallmentPolicy.earns(installment.afterEvaluation, changed.number(), changed.finalEvaluation())) {
                continue;
            }
            Optional<Payment> found = payments.findByInstallment(mentorship, installment.number);
            if (found.isEmpty() || found.get().status == PaymentStatus.CANCELLED) {
                continue; // nothing earned yet, or already taken back (a second change event)
            }
            Payment payment = found.get();
            PaymentStatus from = payment.status;
            if (!payment.beforeExport()) {
                LOG.warnf(
                        "Payment %s of mentorship %s is %s: not cancelled although %s; finance to check",
                        payment.id, mentorship, from, why);
                ledger.record(payment, from, ACTOR, "Not cancelled, already " + from + ": " + why + " (to check)");
                continue;
            }
            payment.cancel(now);
            ledger.record(payment, from, ACTOR, why);
            if ("FAIL".equals(changed.newOutcome())) {
                // A fail ends the mentorship: never earned again, and the end does not cancel it a second time.
                installment.cancel(why, now);
            }
            outbox.publish(new StipendCancelled(payment.id, mentorship, installment.number, why, now));
        }
    }

    /** A pass parked until the agreement or payee details exist would schedule the payment later: it never will. */
    private void dropParkedPass(EvaluationOutcomeChanged changed) {
        for (PendingEvent parked : pending.forMentorship(changed.mentorshipId())) {
            if (parked.eventType.equals("EvaluationPassed")
                    && EventJson.read(EvaluationPassed.class, parked.payload)
                            .evaluationId()
                            .equals(changed.evaluationId())) {
                LOG.infof(
                        "Dropping parked EvaluationPassed %s: evaluation %s is now %s",
                        parked.eventId, changed.evaluationId(), changed.newOutcome());
                pending.delete(parked);
            }
        }
    }

    private void earnAgain(EvaluationPassed passed) {
        UUID mentorship = passed.mentorshipId();
        outcomes.lockMentorship(mentorship);
        Optional<StipendAgreement> agreement = agreements.findByIdOptional(mentorship);
        if (agreement.isEmpty()
                || !InstallmentPolicy.paysOut(agreement.get().active(), outcomes.anyFailed(mentorship))) {
            return; // StipendEvents parks it or pays nothing
        }
        Instant now = clock.instant();
        for (Installment installment : installments.byMentorship(mentorship)) {
            if (installment.cancelled()
                    || !InstallmentPolicy.earns(
                            installment.afterEvaluation, passed.number(), passed.finalEvaluation())) {
                continue;
            }
            Optional<Payment> found = payments.findByInstallment(mentorship, installment.number);
            if (found.isEmpty() || found.get().status != PaymentStatus.CANCELLED) {
                continue; // never earned (StipendEvents schedules it) or still earned
            }
            Payment payment = found.get();
            payment.earnedAgain(passed.evaluationId(), now);
            ledger.record(
                    payment,
                    PaymentStatus.CANCELLED,
                    "system:EvaluationPassed",
                    "Evaluation " + passed.number() + " passed again (evaluation " + passed.evaluationId() + ")");
            outbox.publish(new StipendPaymentScheduled(
                    payment.id,
                    mentorship,
                    payment.installment,
                    payment.amountMinor,
                    payment.currency,
                    installment.expectedOn,
                    payment.scheduledAt));
        }
    }
}
