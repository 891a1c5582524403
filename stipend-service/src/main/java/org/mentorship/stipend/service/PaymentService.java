package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.contracts.events.StipendPaid;
import org.mentorship.contracts.events.StipendPaymentFailed;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.Installment;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentAttempt;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.PayoutDetails;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.model.TaxForm;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.InstallmentRepository;
import org.mentorship.stipend.repository.LedgerRepository;
import org.mentorship.stipend.repository.PayeeRepository;
import org.mentorship.stipend.repository.PaymentQuery;
import org.mentorship.stipend.repository.PaymentRepository;

/**
 * Finance's side of a payment: approve, settle (paid or failed, by finance or by the provider's report of an export
 * attempt), retry. Each change locks the payment row, checks the state it starts from (the payment refuses a move
 * its life does not have), writes the ledger and the event in the same transaction.
 */
@ApplicationScoped
public class PaymentService {

    private final PaymentRepository payments;
    private final AgreementRepository agreements;
    private final PayeeRepository payees;
    private final LedgerRepository ledgerEntries;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Clock clock;
    private final InstallmentRepository installments;
    private final EntityManager em;
    private final TaxForms taxForms;
    private final SeparationOfDuties duties;

    PaymentService(
            PaymentRepository payments,
            AgreementRepository agreements,
            PayeeRepository payees,
            LedgerRepository ledgerEntries,
            Ledger ledger,
            Outbox outbox,
            Clock clock,
            InstallmentRepository installments,
            EntityManager em,
            TaxForms taxForms,
            SeparationOfDuties duties) {
        this.installments = installments;
        this.em = em;
        this.payments = payments;
        this.agreements = agreements;
        this.payees = payees;
        this.ledgerEntries = ledgerEntries;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
        this.taxForms = taxForms;
        this.duties = duties;
    }

    public List<Payment> listByMentorship(UUID mentorshipId) {
        return payments.listByMentorship(mentorshipId);
    }

    public List<Payment> page(PaymentQuery query, int page, int size) {
        return payments.page(query, page, size);
    }

    public long count(PaymentQuery query) {
        return payments.count(query);
    }

    public Payment get(UUID id) {
        return payments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Payment", id));
    }

    public List<org.mentorship.stipend.model.LedgerEntry> ledgerOf(UUID paymentId) {
        return ledgerEntries.byPayment(paymentId);
    }

    /**
     * SCHEDULED -> APPROVED. Not by the payee; needs the tax form as the program confirmed it; above the dual-approval
     * amount the first approval is recorded and the payment stays SCHEDULED until a different finance user gives the
     * second. A second approval of an approved payment (even a simultaneous one) is 409.
     */
    @Transactional
    public Payment approve(UUID id, String actor, String note) {
        Payment payment = lock(id);
        payment.requireScheduled();
        StipendAgreement agreement = agreements.findById(payment.mentorshipId);
        duties.refuseSelfDealing(actor, agreement, "approve it");
        TaxForm taxForm = ApprovalPolicy.confirmedTaxForm(taxForms.of(agreement.menteeId));
        String why = limited((note == null ? "Approved by finance" : note) + "; " + taxForm.describe());
        if (duties.needsSecondApproval(payment)) {
            if (payment.firstApprovedBy == null) {
                payment.approveFirst(actor, clock.instant());
                // Not a move: the payment stays SCHEDULED; the ledger keeps the first approver.
                ledger.record(payment, PaymentStatus.SCHEDULED, actor, limited("First of two approvals: " + why));
                return payment;
            }
            duties.refuseSameApprover(actor, payment);
        }
        PayoutDetails payout = ApprovalPolicy.payoutDetails(payees.findById(agreement.menteeId));
        payment.approve(actor, clock.instant(), payout);
        ledger.record(payment, PaymentStatus.SCHEDULED, actor, why);
        return payment;
    }

    private static String limited(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    /** EXPORTED (or RECALL_REQUESTED) -> PAID with the provider's reference; the same reference again is a no-op, another one 409. */
    @Transactional
    public Payment markPaid(UUID id, String reference, String actor) {
        Payment payment = lock(id);
        duties.refuseSelfDealing(actor, agreements.findById(payment.mentorshipId), "record it paid");
        return settle(payment, currentAttempt(payment), Outcome.PAID, reference, null, actor);
    }

    /** EXPORTED -> FAILED with the reason (a recall it closes); a repeated failure report of a failed payment is a no-op. */
    @Transactional
    public Payment markFailed(UUID id, String reason, String actor) {
        Payment payment = lock(id);
        duties.refuseSelfDealing(actor, agreements.findById(payment.mentorshipId), "record it failed");
        return settle(payment, currentAttempt(payment), Outcome.FAILED, null, reason, actor);
    }

    /** What a report of a payout file line says happened. */
    public enum Outcome {
        PAID,
        FAILED
    }

    /**
     * Applies a report of one export attempt (the provider's callback names it by its EndToEndId). A report for an
     * attempt a later one replaced is recorded on that attempt and in the ledger, and changes the payment in nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Payment report(PaymentAttempt attempt, Outcome outcome, String reference, String reason, String actor) {
        Payment payment = lock(attempt.paymentId);
        if (attempt.attempt != payment.attempts) {
            boolean first = attempt.report(outcome.name(), reference, reason, clock.instant());
            ledger.record(
                    payment,
                    payment.status,
                    actor,
                    "Report for attempt " + attempt.attempt + " (" + attempt.endToEndId
                            + "): " + outcome + (reference == null ? "" : ", provider reference " + reference)
                            + (reason == null ? "" : ", " + reason) + (first ? "" : " (reported before)")
                            + "; attempt " + payment.attempts + " is the payment's, unchanged");
            return payment;
        }
        return settle(payment, attempt, outcome, reference, reason, actor);
    }

    private Payment settle(
            Payment payment, PaymentAttempt attempt, Outcome outcome, String reference, String reason, String actor) {
        if (outcome == Outcome.PAID) {
            PaymentStatus from = payment.status;
            if (!payment.paid(reference, clock.instant())) {
                return payment; // the same report again
            }
            recordOutcome(attempt, outcome, reference, null);
            ledger.record(
                    payment,
                    from,
                    actor,
                    "Paid, provider reference " + reference
                            + (payment.paidAfterRecall
                                    ? " (after a recall was requested: " + payment.recallReason + ")"
                                    : ""));
            outbox.publish(new StipendPaid(
                    payment.id,
                    payment.mentorshipId,
                    payment.installment,
                    payment.amountMinor,
                    payment.currency,
                    reference,
                    payment.paidAt));
            return payment;
        }
        if (payment.failedAlready(reason)) {
            return payment;
        }
        payment.requireInBankFile("Only an exported payment can fail");
        recordOutcome(attempt, outcome, null, reason);
        if (payment.status == PaymentStatus.RECALL_REQUESTED) {
            return closeRecall(payment, reason, actor);
        }
        PaymentStatus from = payment.status;
        payment.failed(reason, clock.instant());
        ledger.record(payment, from, actor, "Failed: " + reason);
        outbox.publish(new StipendPaymentFailed(
                payment.id, payment.mentorshipId, payment.installment, reason, clock.instant()));
        return payment;
    }

    /**
     * The recalled transfer did not happen. If the installment was cancelled (the mentorship ended) the payment is
     * CANCELLED now; if it is still owed (the payout details changed), it goes back for approval with the new ones.
     */
    private Payment closeRecall(Payment payment, String reason, String actor) {
        PaymentStatus from = payment.status;
        Optional<Installment> installment = installments.byMentorship(payment.mentorshipId).stream()
                .filter(i -> i.number == payment.installment)
                .findFirst();
        boolean stillOwed = !installment.map(Installment::cancelled).orElse(false);
        payment.recallConfirmed(reason, stillOwed, clock.instant());
        if (!stillOwed) {
            ledger.record(payment, from, actor, "Recall confirmed (" + reason + "): " + payment.recallReason);
            outbox.publish(new StipendCancelled(
                    payment.id,
                    payment.mentorshipId,
                    payment.installment,
                    installment.get().cancelReason,
                    clock.instant()));
        } else {
            ledger.record(
                    payment,
                    from,
                    actor,
                    "Recall confirmed (" + reason + "): back for approval with the current payout details");
        }
        return payment;
    }

    private void recordOutcome(PaymentAttempt attempt, Outcome outcome, String reference, String reason) {
        if (attempt != null) {
            attempt.report(outcome.name(), reference, reason, clock.instant());
        }
    }

    private PaymentAttempt currentAttempt(Payment payment) {
        return em.find(PaymentAttempt.class, new PaymentAttempt.Key(payment.id, payment.attempts));
    }

    /** FAILED -> APPROVED again, ready for the next payout file as a new attempt (the unique key keeps it the same payment). */
    @Transactional
    public Payment retry(UUID id, String actor) {
        Payment payment = lock(id);
        duties.refuseSelfDealing(actor, agreements.findById(payment.mentorshipId), "retry it");
        PaymentStatus from = payment.status;
        payment.retry(clock.instant());
        ledger.record(payment, from, actor, "Retry (attempt " + payment.attempts + ") after: " + payment.failureReason);
        return payment;
    }

    private Payment lock(UUID id) {
        return payments.lockById(id).orElseThrow(() -> ProblemException.notFound("Payment", id));
    }
}
