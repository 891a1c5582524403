package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.EvaluationFailed;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.contracts.events.StipendPaymentScheduled;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.stipend.model.AgreementStatus;
import org.mentorship.stipend.model.Installment;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.PendingEvent;
import org.mentorship.stipend.model.PendingEvent.WaitingFor;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.model.StipendPlan;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.EvaluationOutcomes;
import org.mentorship.stipend.repository.InstallmentRepository;
import org.mentorship.stipend.repository.PayeeRepository;
import org.mentorship.stipend.repository.PaymentRepository;
import org.mentorship.stipend.repository.PendingEventRepository;
import org.mentorship.stipend.repository.PlanRepository;

/**
 * Applies the events stipends depend on, each inside the inbox's transaction. An event that comes before what it
 * needs (the plan, the agreement, the payee details) is parked in {@code pending_event} and applied again when
 * that arrives; everything for one mentorship runs under one advisory lock, so a replay and a live delivery never
 * interleave.
 */
@ApplicationScoped
public class StipendEvents {

    private static final Logger LOG = Logger.getLogger(StipendEvents.class);

    private final AgreementRepository agreements;
    private final InstallmentRepository installments;
    private final PlanRepository plans;
    private final PayeeRepository payees;
    private final PaymentRepository payments;
    private final PendingEventRepository pending;
    private final EvaluationOutcomes outcomes;
    private final Ledger ledger;
    private final AgreementLedger agreementLedger;
    private final Outbox outbox;
    private final PayeeReminders reminders;
    private final Clock clock;

    StipendEvents(
            AgreementRepository agreements,
            InstallmentRepository installments,
            PlanRepository plans,
            PayeeRepository payees,
            PaymentRepository payments,
            PendingEventRepository pending,
            EvaluationOutcomes outcomes,
            Ledger ledger,
            AgreementLedger agreementLedger,
            Outbox outbox,
            PayeeReminders reminders,
            Clock clock) {
        this.reminders = reminders;
        this.agreementLedger = agreementLedger;
        this.agreements = agreements;
        this.installments = installments;
        this.plans = plans;
        this.payees = payees;
        this.payments = payments;
        this.pending = pending;
        this.outcomes = outcomes;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Applies (or parks) one consumed event; other event types on the topics are none of this service's business. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UUID eventId, DomainEvent event) {
        if (event instanceof MenteeOnboarded onboarded) {
            onOnboarded(eventId, onboarded);
        } else if (event instanceof EvaluationPassed passed) {
            onPassed(eventId, passed);
        } else if (event instanceof EvaluationFailed failed) {
            withAgreement(eventId, failed, failed.mentorshipId(), a -> {
                outcomes.record(failed.mentorshipId(), failed.number(), false, clock.instant());
                end(a, "Evaluation " + failed.number() + " failed", "system:EvaluationFailed");
            });
        } else if (event instanceof MentorshipTerminated terminated) {
            withAgreement(eventId, terminated, terminated.mentorshipId(), a -> onTerminated(eventId, a, terminated));
        } else if (event instanceof MentorshipExtended extended) {
            withAgreement(eventId, extended, extended.mentorshipId(), a -> onExtended(a, extended));
        } else if (event instanceof MentorshipStarted started) {
            withAgreement(eventId, started, started.mentorshipId(), a -> onStarted(a, started));
        }
    }

    /** Re-applies what waited for this mentorship's agreement or payee details, in arrival order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replay(UUID mentorshipId) {
        outcomes.lockMentorship(mentorshipId);
        for (PendingEvent parked : pending.forMentorship(mentorshipId)) {
            pending.delete(parked);
            pending.flush();
            apply(parked.eventId, EventJson.read(parked.eventType, parked.payload));
        }
    }

    /** Re-applies the onboardings that waited for a plan of this project. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replayForPlan(UUID projectId) {
        for (PendingEvent parked : pending.waitingForPlan(projectId)) {
            pending.delete(parked);
            pending.flush();
            apply(parked.eventId, EventJson.read(parked.eventType, parked.payload));
        }
    }

    private void onOnboarded(UUID eventId, MenteeOnboarded event) {
        outcomes.lockMentorship(event.mentorshipId());
        if (agreements.findByIdOptional(event.mentorshipId()).isPresent()) {
            LOG.infof("Mentorship %s already has its stipend agreement", event.mentorshipId());
            return;
        }
        Optional<StipendPlan> plan = plans.current(event.projectId());
        if (plan.isEmpty()) {
            park(eventId, event, event.mentorshipId(), event.projectId(), WaitingFor.PLAN);
            return;
        }
        createAgreement(event, plan.get());
        replay(event.mentorshipId());
    }

    private void createAgreement(MenteeOnboarded event, StipendPlan plan) {
        StipendAgreement a = new StipendAgreement();
        a.mentorshipId = event.mentorshipId();
        a.planId = plan.id;
        a.projectId = event.projectId();
        a.termId = event.termId();
        a.termName = event.termName();
        a.projectTitle = event.projectTitle();
        a.menteeId = event.menteeId();
        a.menteeName = event.menteeName();
        a.organization = event.organization();
        // An onboarding parked before its person was erased carries no address any more (PersonErasure).
        a.menteeEmail = PersonErasure.ERASED.equals(event.menteeEmail()) ? null : event.menteeEmail();
        a.amountMinor = plan.amountMinor;
        a.currency = plan.currency;
        a.evaluationCount = Math.max(1, event.evaluationCount());
        a.programStart = event.programStart();
        a.programEnd = event.programEnd();
        a.status = AgreementStatus.ACTIVE;
        a.createdAt = clock.instant();
        // The country on the signed contract, verified at onboarding; an event from before it was carried has none.
        a.country = event.menteeCountry();
        a.countryVerifiedBy = "system:MenteeOnboarded (signed contract)";
        a.countryVerifiedAt = event.onboardedAt();
        agreements.persist(a);
        List<Long> amounts = InstallmentPolicy.amounts(plan, a.country);
        StringBuilder fixed = new StringBuilder("Amounts fixed from plan revision " + plan.revision + " and country "
                + (a.country == null ? "none (not carried by the onboarding)" : a.country) + ":");
        for (int n = 0; n < plan.installments.size(); n++) {
            PlanInstallment share = plan.installments.get(n);
            Installment i = new Installment();
            i.id = UUID.randomUUID();
            i.mentorshipId = a.mentorshipId;
            i.number = share.number;
            i.afterEvaluation = share.afterEvaluation;
            i.percent = share.percent;
            i.amountMinor = amounts.get(n);
            i.currency = plan.currency;
            // Provisional: evaluation-service owns the schedule, and MentorshipStarted (parked until now if it came
            // first) sets the date its evaluation is due; until it does, the program's end is the date shown.
            i.expectedOn = a.programEnd;
            installments.persist(i);
            fixed.append(" installment ")
                    .append(i.number)
                    .append(' ')
                    .append(i.amountMinor)
                    .append(' ')
                    .append(i.currency);
        }
        agreementLedger.record(a.mentorshipId, "system:MenteeOnboarded", fixed.toString());
    }

    private void onPassed(UUID eventId, EvaluationPassed event) {
        UUID mentorship = event.mentorshipId();
        outcomes.lockMentorship(mentorship);
        Optional<StipendAgreement> found = agreements.findByIdOptional(mentorship);
        if (found.isEmpty()) {
            park(eventId, event, mentorship, null, WaitingFor.AGREEMENT);
            return;
        }
        StipendAgreement agreement = found.get();
        outcomes.record(mentorship, event.number(), true, clock.instant());
        List<Installment> earned = installments.byMentorship(mentorship).stream()
                .filter(i -> !i.cancelled()
                        && InstallmentPolicy.earns(i.afterEvaluation, event.number(), event.finalEvaluation()))
                .filter(i -> payments.findByInstallment(mentorship, i.number).isEmpty())
                .toList();
        if (earned.isEmpty()) {
            return;
        }
        if (!InstallmentPolicy.paysOut(agreement.active(), outcomes.anyFailed(mentorship))) {
            LOG.infof(
                    "Mentorship %s is not eligible (ended or an evaluation failed): evaluation %d pays nothing",
                    mentorship, event.number());
            return;
        }
        Payee payee = payees.findById(agreement.menteeId);
        for (Installment installment : earned) {
            reminders.remindIfNeeded(agreement, installment, payee);
        }
        // A payment is scheduled once there is somewhere to pay it; its amount is the installment's, fixed already.
        if (!ApprovalPolicy.schedulable(payee)) {
            park(eventId, event, mentorship, null, WaitingFor.PAYEE);
            return;
        }
        for (Installment installment : earned) {
            schedule(
                    agreement,
                    installment,
                    event.evaluationId(),
                    "system:EvaluationPassed",
                    "Evaluation " + event.number() + " passed (evaluation " + event.evaluationId() + ")");
        }
    }

    /**
     * Ends the agreement as a termination says (SettlementPolicy): with PAY_EARNED the installment of the named
     * evaluation is kept out of the cancellation and paid, once, through the usual approval; every other unpaid one is
     * cancelled. Applied again (redelivered under a new id, or replayed once payee details exist) it changes nothing
     * more.
     */
    private void onTerminated(UUID eventId, StipendAgreement agreement, MentorshipTerminated event) {
        Integer named = SettlementPolicy.earnedEvaluation(event);
        boolean settledNow = agreement.settle(named);
        end(agreement, "Mentorship terminated: " + event.reason(), SETTLEMENT);
        Integer settled = agreement.settledEvaluation;
        if (settled == null) {
            return;
        }
        List<Installment> earned = installments.byMentorship(agreement.mentorshipId).stream()
                .filter(i -> SettlementPolicy.paid(i.afterEvaluation, settled, agreement.evaluationCount))
                .toList();
        if (settledNow) {
            agreementLedger.record(
                    agreement.mentorshipId,
                    SETTLEMENT,
                    earned.isEmpty()
                            ? "Terminated with PAY_EARNED of evaluation " + settled + ": evaluation " + settled
                                    + " carries no installment of this plan, so nothing is paid"
                            : "Terminated with PAY_EARNED of evaluation " + settled + ": installment "
                                    + earned.get(0).number + " is still paid; every other unpaid one is cancelled");
        }
        if (earned.isEmpty()) {
            return;
        }
        Payee payee = payees.findById(agreement.menteeId);
        earned.forEach(i -> reminders.remindIfNeeded(agreement, i, payee));
        for (Installment installment : earned) {
            Optional<Payment> payment = payments.lockByInstallment(agreement.mentorshipId, installment.number);
            if (payment.isPresent() && payment.get().status != PaymentStatus.CANCELLED) {
                continue; // paid once: the payment its pass scheduled (or this settlement, before) goes on as it is
            }
            if (installment.reinstate()) {
                LOG.infof(
                        "Installment %d of mentorship %s is owed again: terminated with PAY_EARNED of evaluation %d",
                        installment.number, agreement.mentorshipId, settled);
            }
            String why = "Terminated with PAY_EARNED: evaluation " + settled + " earned this installment ("
                    + event.reason() + ")";
            if (payment.isPresent()) {
                earnAgain(payment.get(), installment, why);
            } else if (ApprovalPolicy.schedulable(payee)) {
                schedule(agreement, installment, null, SETTLEMENT, why);
            } else {
                park(eventId, event, agreement.mentorshipId, null, WaitingFor.PAYEE);
                return;
            }
        }
    }

    private void earnAgain(Payment payment, Installment installment, String why) {
        payment.earnedAgain(null, clock.instant());
        ledger.record(payment, PaymentStatus.CANCELLED, SETTLEMENT, why);
        outbox.publish(new StipendPaymentScheduled(
                payment.id,
                payment.mentorshipId,
                payment.installment,
                payment.amountMinor,
                payment.currency,
                installment.expectedOn,
                payment.scheduledAt));
    }

    private static final String SETTLEMENT = "system:MentorshipTerminated";

    private void schedule(
            StipendAgreement agreement, Installment installment, UUID evaluationId, String actor, String why) {
        UUID id = UUID.randomUUID();
        if (!payments.scheduleOnce(
                id,
                agreement.mentorshipId,
                installment.number,
                evaluationId,
                clock.instant(),
                installment.amountMinor,
                installment.currency,
                installment.expectedOn)) {
            LOG.infof(
                    "Installment %d of mentorship %s is already scheduled", installment.number, agreement.mentorshipId);
            return;
        }
        Payment payment = payments.findById(id);
        ledger.record(payment, null, actor, why);
        outbox.publish(new StipendPaymentScheduled(
                payment.id,
                payment.mentorshipId,
                payment.installment,
                payment.amountMinor,
                payment.currency,
                installment.expectedOn,
                payment.scheduledAt));
    }

    /**
     * Ends the agreement and cancels every installment not yet paid (idempotent: a second end changes nothing). A
     * payment no file carries is CANCELLED; one a payout file carries cannot be taken back by us: a recall is
     * requested (RECALL_REQUESTED), and the provider's report closes it (StipendCancelled is published then).
     */
    private void end(StipendAgreement agreement, String reason, String actor) {
        agreement.end(reason);
        for (Installment installment : installments.byMentorship(agreement.mentorshipId)) {
            if (installment.cancelled()
                    || SettlementPolicy.paid(
                            installment.afterEvaluation, agreement.settledEvaluation, agreement.evaluationCount)) {
                continue; // cancelled already, or still paid (a PAY_EARNED termination named its evaluation)
            }
            Optional<Payment> payment = payments.lockByInstallment(agreement.mentorshipId, installment.number);
            if (payment.isPresent() && payment.get().status == PaymentStatus.PAID) {
                continue;
            }
            installment.cancel(reason, clock.instant());
            UUID paymentId = null;
            if (payment.isPresent()) {
                Payment p = payment.get();
                if (p.status == PaymentStatus.EXPORTED) {
                    p.requestRecall(reason, clock.instant());
                    ledger.record(p, PaymentStatus.EXPORTED, actor, "Recall requested: " + reason);
                    continue;
                }
                if (p.status == PaymentStatus.RECALL_REQUESTED) {
                    ledger.record(p, p.status, actor, "Installment cancelled while its recall is pending: " + reason);
                    continue;
                }
                if (p.status != PaymentStatus.CANCELLED) {
                    PaymentStatus from = p.status;
                    p.cancel(clock.instant());
                    ledger.record(p, from, actor, reason);
                }
                paymentId = p.id;
            }
            outbox.publish(new StipendCancelled(
                    paymentId, agreement.mentorshipId, installment.number, reason, clock.instant()));
        }
    }

    /**
     * The mentorship's dates as evaluation-service set them: the program's start and end, and each installment expected
     * when its evaluation is due. Whichever of MenteeOnboarded and MentorshipStarted (two topics) comes first, this
     * runs after the agreement exists (a MentorshipStarted before it is parked and replayed when it is made).
     */
    private void onStarted(StipendAgreement agreement, MentorshipStarted event) {
        agreement.schedule(event.startsOn(), event.endsOn(), event.evaluations().size());
        moveExpectedDates(agreement, event.evaluations(), "system:MentorshipStarted", "Evaluation schedule set");
        StringBuilder dates = new StringBuilder("Evaluation schedule from evaluation-service: program "
                + event.startsOn() + " to " + event.endsOn() + ";");
        for (Installment installment : installments.byMentorship(agreement.mentorshipId)) {
            dates.append(" installment ")
                    .append(installment.number)
                    .append(" expected on ")
                    .append(installment.expectedOn);
        }
        agreementLedger.record(agreement.mentorshipId, "system:MentorshipStarted", dates.toString());
    }

    /** Moves the expected dates of installments not yet paid to their evaluations' new due dates; amounts stay. */
    private void onExtended(StipendAgreement agreement, MentorshipExtended event) {
        agreement.extendTo(event.newEndDate());
        moveExpectedDates(
                agreement,
                event.newDueDates(),
                "system:MentorshipExtended",
                "Mentorship extended by " + event.weeks() + " week(s)");
    }

    /** Each unpaid, uncancelled installment is expected when its evaluation is due (if the schedule names it). */
    private void moveExpectedDates(StipendAgreement agreement, List<EvaluationDue> schedule, String actor, String why) {
        for (Installment installment : installments.byMentorship(agreement.mentorshipId)) {
            int evaluation = InstallmentPolicy.evaluationFor(installment.afterEvaluation, agreement.evaluationCount);
            LocalDate moved = schedule.stream()
                    .filter(d -> d.number() == evaluation)
                    .findFirst()
                    .map(EvaluationDue::dueAt)
                    .map(t -> t.atZone(ZoneOffset.UTC).toLocalDate())
                    .orElse(installment.expectedOn);
            Optional<Payment> payment = payments.findByInstallment(agreement.mentorshipId, installment.number);
            if (installment.cancelled()
                    || moved.equals(installment.expectedOn)
                    || payment.filter(p -> p.status == PaymentStatus.PAID).isPresent()) {
                continue;
            }
            installment.expectOn(moved);
            payment.ifPresent(p -> {
                p.expectOn(moved, clock.instant());
                ledger.record(p, p.status, actor, why + ": expected on " + moved);
            });
        }
    }

    private void withAgreement(
            UUID eventId, DomainEvent event, UUID mentorshipId, java.util.function.Consumer<StipendAgreement> effect) {
        outcomes.lockMentorship(mentorshipId);
        Optional<StipendAgreement> agreement = agreements.findByIdOptional(mentorshipId);
        if (agreement.isEmpty()) {
            park(eventId, event, mentorshipId, null, WaitingFor.AGREEMENT);
            return;
        }
        effect.accept(agreement.get());
    }

    private void park(UUID eventId, DomainEvent event, UUID mentorshipId, UUID projectId, WaitingFor waitingFor) {
        LOG.infof(
                "Parking %s %s of mentorship %s until its %s exists", event.type(), eventId, mentorshipId, waitingFor);
        PendingEvent parked = new PendingEvent();
        parked.eventId = eventId;
        parked.eventType = event.type();
        parked.mentorshipId = mentorshipId;
        parked.projectId = projectId;
        parked.waitingFor = waitingFor;
        parked.payload = EventJson.write(event);
        parked.parkedAt = clock.instant();
        pending.persist(parked);
    }
}
