package org.mentorship.stipend.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.mentorship.contracts.events.StipendPaid;
import org.mentorship.contracts.events.StipendPaymentFailed;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.model.TaxForm;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.LedgerRepository;
import org.mentorship.stipend.repository.PayeeRepository;
import org.mentorship.stipend.repository.PaymentRepository;

/**
 * Finance's side of a payment: approve, settle (paid or failed), retry. Each change locks the payment row, checks
 * the state it starts from, writes the ledger and the event in the same transaction.
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
    private final TaxForms taxForms;
    private final SeparationOfDuties duties;

    PaymentService(PaymentRepository payments, AgreementRepository agreements, PayeeRepository payees,
            LedgerRepository ledgerEntries, Ledger ledger, Outbox outbox, Clock clock, TaxForms taxForms,
            SeparationOfDuties duties) {
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

    public List<Payment> page(PaymentStatus status, int page, int size) {
        return payments.page(status, page, size);
    }

    public long count(PaymentStatus status) {
        return payments.countByStatus(status);
    }

    public Payment get(UUID id) {
        return payments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Payment", id));
    }

    public StipendAgreement agreementOf(Payment payment) {
        return agreements.findById(payment.mentorshipId);
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
        require(payment, PaymentStatus.SCHEDULED, "payment-not-scheduled", "Only a scheduled payment can be approved");
        StipendAgreement agreement = agreements.findById(payment.mentorshipId);
        duties.refuseSelfDealing(actor, agreement, "approve it");
        TaxForm taxForm = taxForms.of(agreement.menteeId).orElseThrow(() -> ProblemException.unprocessable(
                "tax-form-missing", "Tax form not received",
                "The program has not confirmed the mentee's tax form; the payment stays scheduled"));
        String why = limited((note == null ? "Approved by finance" : note) + "; " + taxForm.describe());
        if (duties.needsSecondApproval(payment)) {
            if (payment.firstApprovedBy == null) {
                payment.firstApprovedBy = actor;
                payment.firstApprovedAt = clock.instant();
                return move(payment, PaymentStatus.SCHEDULED, actor, limited("First of two approvals: " + why));
            }
            duties.refuseSameApprover(actor, payment);
        }
        payment.approvedBy = actor;
        payment.approvedAt = clock.instant();
        return move(payment, PaymentStatus.APPROVED, actor, why);
    }

    private static String limited(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    /** APPROVED -> PAID with the provider's reference; the same reference again is a no-op, another one 409. */
    @Transactional
    public Payment markPaid(UUID id, String reference, String actor) {
        Payment payment = lock(id);
        duties.refuseSelfDealing(actor, agreements.findById(payment.mentorshipId), "record it paid");
        if (payment.status == PaymentStatus.PAID) {
            if (reference.equals(payment.providerReference)) {
                return payment;
            }
            throw ProblemException.conflict("payment-already-paid", "Payment already paid",
                    "Payment " + id + " was paid with another reference");
        }
        require(payment, PaymentStatus.APPROVED, "payment-not-approved", "Only an approved payment can be paid");
        payment.providerReference = reference;
        payment.paidAt = clock.instant();
        payment.failureReason = null;
        move(payment, PaymentStatus.PAID, actor, "Paid, provider reference " + reference);
        outbox.publish(new StipendPaid(payment.id, payment.mentorshipId, payment.installment, payment.amountMinor,
                payment.currency, reference, payment.paidAt));
        return payment;
    }

    /** APPROVED -> FAILED with the reason; a repeated failure report of a failed payment is a no-op. */
    @Transactional
    public Payment markFailed(UUID id, String reason, String actor) {
        Payment payment = lock(id);
        if (payment.status == PaymentStatus.FAILED && reason.equals(payment.failureReason)) {
            return payment;
        }
        require(payment, PaymentStatus.APPROVED, "payment-not-approved", "Only an approved payment can fail");
        payment.failureReason = reason;
        move(payment, PaymentStatus.FAILED, actor, "Failed: " + reason);
        outbox.publish(new StipendPaymentFailed(payment.id, payment.mentorshipId, payment.installment, reason,
                clock.instant()));
        return payment;
    }

    /** FAILED -> APPROVED again, ready for the next payout file (the unique key keeps it the same payment). */
    @Transactional
    public Payment retry(UUID id, String actor) {
        Payment payment = lock(id);
        require(payment, PaymentStatus.FAILED, "payment-not-failed", "Only a failed payment can be retried");
        payment.attempts++;
        payment.exportBatchId = null;
        return move(payment, PaymentStatus.APPROVED, actor, "Retry (attempt " + payment.attempts + ") after: "
                + payment.failureReason);
    }

    private Payment lock(UUID id) {
        return payments.lockById(id).orElseThrow(() -> ProblemException.notFound("Payment", id));
    }

    private static void require(Payment payment, PaymentStatus expected, String slug, String title) {
        if (payment.status != expected) {
            throw ProblemException.conflict(slug, title, "Payment " + payment.id + " is " + payment.status);
        }
    }

    private Payment move(Payment payment, PaymentStatus to, String actor, String reason) {
        PaymentStatus from = payment.status;
        payment.status = to;
        payment.updatedAt = clock.instant();
        ledger.record(payment, from, actor, reason);
        return payment;
    }
}
