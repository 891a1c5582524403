package org.mentorship.evaluation.service;

import static org.mentorship.evaluation.problem.EvaluationProblems.NOTHING_TO_EXTEND;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.EvaluationFailed;
import org.mentorship.contracts.events.EvaluationOutcomeChanged;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.evaluation.config.EvaluationConfig;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationHistory;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.MentorshipStatus;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.evaluation.model.ReviewDecision;
import org.mentorship.evaluation.model.Settlement;
import org.mentorship.evaluation.model.Submission;
import org.mentorship.evaluation.policy.EvaluationPolicy;
import org.mentorship.evaluation.policy.EvaluationSchedule;
import org.mentorship.evaluation.policy.FailReviewPolicy;
import org.mentorship.evaluation.policy.SettlementPolicy;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.HistoryRepository;
import org.mentorship.evaluation.repository.MentorshipRepository;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;

/**
 * The evaluations of a mentorship: submitted by one of its mentors (or a coordinator on behalf of an absent one) inside
 * the window (late is accepted and flagged), locked once submitted, reopened by a coordinator with a reason. A pass may
 * complete the mentorship, a fail is first under review (appealed by the mentee, decided by a coordinator) and ends it
 * once confirmed,
 * an extension moves this and every later due date. A reopened evaluation resubmitted with another outcome says so
 * (EvaluationOutcomeChanged), so what the first outcome earned can be taken back.
 */
@ApplicationScoped
public class EvaluationService {

    private final MentorshipRepository mentorships;
    private final EvaluationRepository evaluations;
    private final HistoryRepository history;
    private final MentorshipService lifecycle;
    private final Outbox outbox;
    private final Clock clock;
    private final Access access;
    private final EvaluationConfig config;

    EvaluationService(
            MentorshipRepository mentorships,
            EvaluationRepository evaluations,
            HistoryRepository history,
            MentorshipService lifecycle,
            Outbox outbox,
            Clock clock,
            Access access,
            EvaluationConfig config) {
        this.mentorships = mentorships;
        this.evaluations = evaluations;
        this.history = history;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.config = config;
    }

    /** A mentor's submission (see {@link #submit(UUID, int, Submission, String)}). */
    @Transactional
    public Evaluation submit(UUID mentorshipId, int number, Submission s) {
        return submit(mentorshipId, number, s, null);
    }

    /**
     * A mentor's submission, or with {@code onBehalfReason} a coordinator's for an absent mentor (kept as such). A
     * PASS or EXTEND takes effect at once; a FAIL is held under review ({@link FailReviewPolicy}) and its events follow
     * when it is decided, unless the review window has 0 days.
     */
    @Transactional
    public Evaluation submit(UUID mentorshipId, int number, Submission s, String onBehalfReason) {
        Mentorship m = mentorships
                .findForUpdate(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("Mentorship", mentorshipId));
        boolean onBehalf = onBehalfReason != null;
        if (onBehalf) {
            access.requireOnBehalf(m);
        } else {
            access.requireMentor(m, false, "submit this evaluation");
        }
        m.requireOpen();
        Evaluation e = find(m, number);
        Instant now = clock.instant();
        EvaluationPolicy.requireSubmittable(e, number > 1 ? find(m, number - 1) : null, now);
        EvaluationPolicy.requireWeeksFitOutcome(m, s.outcome(), s.extensionWeeks());
        if (onBehalf) {
            FailReviewPolicy.requireOnBehalfReason(onBehalfReason);
        }

        if (s.outcome() == Outcome.EXTEND) {
            if (EvaluationPolicy.outcomeChanged(e.status, e.outcome, s.outcome())) {
                outbox.publish(outcomeChanged(m, e, e.outcome, s.outcome(), now));
            }
            EvaluationHistory entry = e.postpone(s, access.userId(), now);
            if (onBehalf) { // postponed: nothing stays submitted, the history keeps who did it and why
                entry.onBehalf = true;
                entry.reason = onBehalfReason;
            }
            history.add(entry);
            extend(m, e, s.extensionWeeks(), "Evaluation " + number + " extended by " + s.extensionWeeks() + " weeks");
            return e;
        }
        int days = config.failReviewDays();
        Instant reviewEndsAt =
                FailReviewPolicy.heldForReview(s.outcome(), days) ? FailReviewPolicy.reviewEndsAt(now, days) : null;
        EvaluationHistory entry = e.submit(s, access.userId(), now, reviewEndsAt);
        if (onBehalf) {
            e.onBehalfOfMentor(onBehalfReason, entry);
        }
        history.add(entry);
        if (reviewEndsAt == null) {
            announceOutcome(m, e, now, access.userId());
        }
        return e;
    }

    /** The mentee of the mentorship appeals its FAIL under review, once, with a statement. */
    @Transactional
    public Evaluation appeal(UUID evaluationId, String statement) {
        Mentorship m = lockMentorshipOf(evaluationId);
        access.requireMenteeSelf(m, "appeals its FAIL");
        m.requireOpen();
        Evaluation e = evaluations.findById(evaluationId);
        history.add(e.appeal(statement, access.userId(), clock.instant()));
        return e;
    }

    /** The mentee of the mentorship evaluates it at this evaluation (mentor support, hours worked), once. */
    @Transactional
    public Evaluation menteeFeedback(UUID evaluationId, int mentorSupport, int hoursWorked, String comment) {
        Mentorship m = lockMentorshipOf(evaluationId);
        access.requireMenteeSelf(m, "evaluates the mentorship");
        m.requireOpen();
        Evaluation e = evaluations.findById(evaluationId);
        e.menteeFeedback(mentorSupport, hoursWorked, comment, clock.instant());
        return e;
    }

    /** Whether the caller reads the mentee's evaluation of this mentorship (coordinators and herself, no mentor). */
    public boolean seesMenteeFeedback(UUID mentorshipId) {
        return mentorships
                .findByIdOptional(mentorshipId)
                .map(access::seesMenteeFeedback)
                .orElse(false);
    }

    /**
     * A coordinator or an org-admin of its organisation (neither its mentee nor one of its mentors, nor the one who
     * submitted it) confirms or overturns a FAIL under review, or confirms it and pays the installment it would have
     * earned (TERMINATE_AND_PAY: MentorshipTerminated with PAY_EARNED); its outcome's events follow in the same
     * transaction, exactly as a final PASS's or FAIL's.
     */
    @Transactional
    public Evaluation review(UUID evaluationId, ReviewDecision decision, String reason) {
        Mentorship m = lockMentorshipOf(evaluationId);
        access.requireReviewer(m);
        m.requireOpen();
        Evaluation e = evaluations.findById(evaluationId);
        FailReviewPolicy.requireUnderReview(e);
        FailReviewPolicy.requireReviewerIsNotSubmitter(e, access.userId());
        decide(m, e, decision, reason, access.userId());
        return e;
    }

    /**
     * Confirms every FAIL whose review window ended without an appeal (the job, under the cluster lock), each in its
     * own transaction and checked again under the mentorship's lock, so a run twice confirms nothing twice.
     *
     * @return how many were confirmed
     */
    public int confirmUnappealed() {
        int confirmed = 0;
        for (UUID id : evaluations.unappealedReviewsEndedBy(clock.instant())) {
            if (QuarkusTransaction.requiringNew().call(() -> confirmIfUnappealed(id))) {
                confirmed++;
            }
        }
        return confirmed;
    }

    private boolean confirmIfUnappealed(UUID evaluationId) {
        UUID mentorshipId = evaluations.mentorshipOf(evaluationId).orElseThrow();
        Mentorship m = mentorships.findForUpdate(mentorshipId).orElseThrow();
        Evaluation e = evaluations.findById(evaluationId);
        Instant now = clock.instant();
        if (!m.isOpen() || !FailReviewPolicy.confirmsByItself(e, now)) {
            return false;
        }
        decide(m, e, ReviewDecision.CONFIRM, "The review window ended without an appeal", MentorshipService.SYSTEM);
        return true;
    }

    private void decide(Mentorship m, Evaluation e, ReviewDecision decision, String reason, String actor) {
        Instant now = clock.instant();
        history.add(e.decide(decision, reason, actor, now));
        announceOutcome(m, e, now, actor);
    }

    /**
     * A final PASS or FAIL's events: first the change of a reopened evaluation's outcome (consumers take back what
     * the earlier one gave, e.g. a pass's stipend), then the outcome's own; a FAIL ends the mentorship.
     */
    private void announceOutcome(Mentorship m, Evaluation e, Instant now, String actor) {
        if (EvaluationPolicy.outcomeChanged(e.replacedOutcome, e.outcome)) {
            outbox.publish(outcomeChanged(m, e, e.replacedOutcome, e.outcome, now));
        }
        if (EvaluationPolicy.endsMentorship(e.outcome)) {
            outbox.publish(new EvaluationFailed(e.id, m.id, e.number, e.total, e.isFinal(), now));
            Integer earned = e.reviewDecision == null ? null : SettlementPolicy.earnedByReview(e.reviewDecision, e);
            lifecycle.terminate(
                    m,
                    "Evaluation " + e.number + " of " + e.total + " failed",
                    actor,
                    earned == null ? Settlement.CANCEL_UNPAID : Settlement.PAY_EARNED,
                    earned);
        } else {
            outbox.publish(new EvaluationPassed(e.id, m.id, e.number, e.total, e.isFinal(), now));
            if (EvaluationPolicy.mayCompleteMentorship(e, e.outcome)) {
                lifecycle.completeIfDone(m, actor);
            }
        }
    }

    private static EvaluationOutcomeChanged outcomeChanged(
            Mentorship m, Evaluation e, Outcome before, Outcome after, Instant now) {
        return new EvaluationOutcomeChanged(
                e.id, m.id, e.number, e.total, e.isFinal(), before.name(), after.name(), now);
    }

    /** Locks the evaluation's mentorship before the evaluation is read (every change of it runs under that lock). */
    private Mentorship lockMentorshipOf(UUID evaluationId) {
        UUID mentorshipId = evaluations
                .mentorshipOf(evaluationId)
                .orElseThrow(() -> ProblemException.notFound("Evaluation", evaluationId));
        Mentorship m = mentorships.findForUpdate(mentorshipId).orElseThrow();
        try {
            access.requireRead(m);
        } catch (ProblemException refused) {
            // Another mentee's evaluation does not exist for this caller.
            throw refused.status() == 404 ? ProblemException.notFound("Evaluation", evaluationId) : refused;
        }
        return m;
    }

    /** A coordinator moves the next open evaluation, every later one and the end date. */
    @Transactional
    public Mentorship extendByCoordinator(UUID mentorshipId, int weeks, String reason) {
        Mentorship m = lifecycle.lockOpen(mentorshipId);
        access.requireNotMentee(m, "extend this mentorship");
        EvaluationSchedule.requireExtension(m.id, m.extensionWeeks, weeks);
        Evaluation next = evaluations
                .nextPending(m.id)
                .orElseThrow(() -> NOTHING_TO_EXTEND.with("Every evaluation of mentorship " + m.id + " is submitted"));
        extend(m, next, weeks, reason);
        return m;
    }

    /** A coordinator unlocks a submitted evaluation so its mentor can submit it again; the reason is kept. */
    @Transactional
    public Evaluation reopen(UUID mentorshipId, int number, String reason) {
        Mentorship m = lifecycle.lockOpen(mentorshipId);
        access.requireNotMentee(m, "reopen this evaluation");
        Evaluation e = find(m, number);
        history.add(e.reopen(reason, access.userId(), clock.instant()));
        return e;
    }

    public List<Evaluation> schedule(UUID mentorshipId) {
        lifecycle.get(mentorshipId);
        return evaluations.schedule(mentorshipId);
    }

    public Evaluation get(UUID mentorshipId, int number) {
        return find(lifecycle.get(mentorshipId), number);
    }

    public Evaluation get(UUID evaluationId) {
        Evaluation e = evaluations
                .findByIdOptional(evaluationId)
                .orElseThrow(() -> ProblemException.notFound("Evaluation", evaluationId));
        Mentorship m = mentorships.findByIdOptional(e.mentorshipId).orElseThrow();
        try {
            access.requireRead(m);
        } catch (ProblemException refused) {
            // Another mentee's evaluation does not exist for this caller, whatever the mentorship check says.
            throw refused.status() == 404 ? ProblemException.notFound("Evaluation", evaluationId) : refused;
        }
        return e;
    }

    public List<EvaluationHistory> historyOf(UUID mentorshipId, int number) {
        Mentorship m = lifecycle.get(mentorshipId);
        access.requireStaffRead(m);
        return history.ofEvaluation(find(m, number).id);
    }

    /** Whether the caller may read private comments of this evaluation's mentorship. */
    public boolean seesPrivate(UUID mentorshipId) {
        return mentorships
                .findByIdOptional(mentorshipId)
                .map(access::seesPrivate)
                .orElse(false);
    }

    /** Moves the end date, {@code from} and every later evaluation by {@code weeks}; announced with the new dates. */
    private void extend(Mentorship m, Evaluation from, int weeks, String reason) {
        MentorshipStatus before = m.extend(weeks);
        List<Evaluation> moved = evaluations.schedule(m.id).stream()
                .filter(e -> e.number >= from.number)
                .toList();
        moved.forEach(e -> e.dueAt(EvaluationSchedule.extended(e.dueAt, weeks)));
        lifecycle.record(m, before, MentorshipStatus.EXTENDED, access.userId(), reason);
        outbox.publish(new MentorshipExtended(
                m.id,
                from.number,
                weeks,
                m.extensionWeeks,
                m.endsOn,
                moved.stream().map(e -> new EvaluationDue(e.number, e.dueAt)).toList()));
    }

    private Evaluation find(Mentorship m, int number) {
        return evaluations
                .findByNumber(m.id, number)
                .orElseThrow(() -> ProblemException.notFound("Evaluation", number + " of mentorship " + m.id));
    }
}
