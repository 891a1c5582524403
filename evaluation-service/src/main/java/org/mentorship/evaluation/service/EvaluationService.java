package org.mentorship.evaluation.service;

import static org.mentorship.evaluation.problem.EvaluationProblems.NOTHING_TO_EXTEND;

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
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationHistory;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.MentorshipStatus;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.evaluation.model.Submission;
import org.mentorship.evaluation.policy.EvaluationPolicy;
import org.mentorship.evaluation.policy.EvaluationSchedule;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.HistoryRepository;
import org.mentorship.evaluation.repository.MentorshipRepository;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;

/**
 * The evaluations of a mentorship: submitted by one of its mentors inside the window (late is accepted and flagged),
 * locked once submitted, reopened by a coordinator with a reason. A pass may complete the mentorship, a fail ends it,
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

    EvaluationService(
            MentorshipRepository mentorships,
            EvaluationRepository evaluations,
            HistoryRepository history,
            MentorshipService lifecycle,
            Outbox outbox,
            Clock clock,
            Access access) {
        this.mentorships = mentorships;
        this.evaluations = evaluations;
        this.history = history;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
    }

    @Transactional
    public Evaluation submit(UUID mentorshipId, int number, Submission s) {
        Mentorship m = mentorships
                .findForUpdate(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("Mentorship", mentorshipId));
        access.requireMentor(m, false, "submit this evaluation");
        m.requireOpen();
        Evaluation e = find(m, number);
        Instant now = clock.instant();
        EvaluationPolicy.requireSubmittable(e, number > 1 ? find(m, number - 1) : null, now);
        EvaluationPolicy.requireWeeksFitOutcome(m, s.outcome(), s.extensionWeeks());

        if (EvaluationPolicy.outcomeChanged(e.status, e.outcome, s.outcome())) {
            // Before the outcome's own events: consumers take back what the earlier outcome gave (a pass's stipend).
            outbox.publish(new EvaluationOutcomeChanged(
                    e.id,
                    m.id,
                    e.number,
                    e.total,
                    e.isFinal(),
                    e.outcome.name(),
                    s.outcome().name(),
                    now));
        }
        if (s.outcome() == Outcome.EXTEND) {
            history.add(e.postpone(s, access.userId(), now));
            extend(m, e, s.extensionWeeks(), "Evaluation " + number + " extended by " + s.extensionWeeks() + " weeks");
            return e;
        }
        history.add(e.submit(s, access.userId(), now));
        if (EvaluationPolicy.endsMentorship(s.outcome())) {
            outbox.publish(new EvaluationFailed(e.id, m.id, e.number, e.total, e.isFinal(), now));
            lifecycle.terminate(m, "Evaluation " + e.number + " of " + e.total + " failed", access.userId());
        } else {
            outbox.publish(new EvaluationPassed(e.id, m.id, e.number, e.total, e.isFinal(), now));
            if (EvaluationPolicy.mayCompleteMentorship(e, s.outcome())) {
                lifecycle.completeIfDone(m, access.userId());
            }
        }
        return e;
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
