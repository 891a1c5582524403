package org.mentorship.evaluation.service;

import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_LOCKED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_NOT_SUBMITTED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EVALUATION_WINDOW_NOT_OPEN;
import static org.mentorship.evaluation.problem.EvaluationProblems.EXTENSION_LIMIT_EXCEEDED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EXTENSION_WEEKS_OUT_OF_RANGE;
import static org.mentorship.evaluation.problem.EvaluationProblems.EXTENSION_WEEKS_REQUIRED;
import static org.mentorship.evaluation.problem.EvaluationProblems.EXTENSION_WEEKS_UNEXPECTED;
import static org.mentorship.evaluation.problem.EvaluationProblems.NOTHING_TO_EXTEND;
import static org.mentorship.evaluation.problem.EvaluationProblems.PREVIOUS_EVALUATION_PENDING;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.EvaluationFailed;
import org.mentorship.contracts.events.EvaluationOutcomeChanged;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationHistory;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.MentorshipStatus;
import org.mentorship.evaluation.model.Outcome;
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
        MentorshipService.requireOpen(m);
        Evaluation e = find(m, number);
        if (e.isLocked()) {
            throw EVALUATION_LOCKED.with("Evaluation " + number + " of mentorship " + m.id
                    + " is submitted and locked; a coordinator can reopen it");
        }
        if (number > 1 && !find(m, number - 1).passed()) {
            throw PREVIOUS_EVALUATION_PENDING.with(
                    "Evaluation " + (number - 1) + " must be submitted and passed before evaluation " + number);
        }
        Instant now = clock.instant();
        if (now.isBefore(e.windowOpensAt)) {
            throw EVALUATION_WINDOW_NOT_OPEN.with("Evaluation " + number + " opens at " + e.windowOpensAt
                    + " (7 days before it is due at " + e.dueAt + ")");
        }
        checkExtension(m, s);

        EvaluationStatus from = e.status;
        if (from == EvaluationStatus.REOPENED && e.outcome != null && e.outcome != s.outcome()) {
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
        EvaluationHistory entry = entry(e, from, s, now);
        if (s.outcome() == Outcome.EXTEND) {
            // Not decided yet: it is due again later. The extension's scores and comments stay in the history.
            e.status = EvaluationStatus.SCHEDULED;
            e.outcome = null;
            e.scoreTasks = null;
            e.scoreEngagement = null;
            e.scoreProgress = null;
            e.commentsForMentee = null;
            e.privateComments = null;
            e.submittedBy = null;
            e.submittedAt = null;
            e.late = false;
            entry.action = "EXTENDED";
            entry.toStatus = e.status;
            entry.extensionWeeks = s.extensionWeeks();
            history.add(entry);
            extend(m, e, s.extensionWeeks(), "Evaluation " + number + " extended by " + s.extensionWeeks() + " weeks");
            return e;
        }
        e.status = EvaluationStatus.SUBMITTED;
        e.outcome = s.outcome();
        e.scoreTasks = s.tasksAndMilestones();
        e.scoreEngagement = s.engagement();
        e.scoreProgress = s.progressAgainstPlan();
        e.commentsForMentee = s.commentsForMentee();
        e.privateComments = s.privateComments();
        e.submittedBy = access.userId();
        e.submittedAt = now;
        e.late = now.isAfter(e.dueAt);
        entry.action = "SUBMITTED";
        entry.toStatus = e.status;
        history.add(entry);
        if (s.outcome() == Outcome.PASS) {
            outbox.publish(new EvaluationPassed(e.id, m.id, e.number, e.total, e.isFinal(), now));
            if (e.isFinal()) {
                lifecycle.completeIfDone(m, access.userId());
            }
        } else {
            outbox.publish(new EvaluationFailed(e.id, m.id, e.number, e.total, e.isFinal(), now));
            lifecycle.terminate(m, "Evaluation " + e.number + " of " + e.total + " failed", access.userId());
        }
        return e;
    }

    /** A coordinator moves the next open evaluation, every later one and the end date. */
    @Transactional
    public Mentorship extendByCoordinator(UUID mentorshipId, int weeks, String reason) {
        Mentorship m = lifecycle.lockOpen(mentorshipId);
        access.requireNotMentee(m, "extend this mentorship");
        requireWeeks(m, weeks);
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
        if (!e.isLocked()) {
            throw EVALUATION_NOT_SUBMITTED.with("Evaluation " + number + " of mentorship " + m.id + " is " + e.status
                    + "; only a submitted one is reopened");
        }
        EvaluationHistory entry = entry(e, e.status, null, clock.instant());
        e.status = EvaluationStatus.REOPENED;
        entry.action = "REOPENED";
        entry.toStatus = e.status;
        entry.outcome = e.outcome;
        entry.reason = reason;
        history.add(entry);
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

    private void extend(Mentorship m, Evaluation from, int weeks, String reason) {
        requireWeeks(m, weeks);
        m.extensionWeeks += weeks;
        m.endsOn = m.endsOn.plusWeeks(weeks);
        List<Evaluation> moved = evaluations.schedule(m.id).stream()
                .filter(e -> e.number >= from.number)
                .toList();
        moved.forEach(e -> e.dueAt(e.dueAt.plus(7L * weeks, ChronoUnit.DAYS)));
        MentorshipStatus before = m.status;
        m.status = MentorshipStatus.EXTENDED;
        lifecycle.record(m, before, MentorshipStatus.EXTENDED, access.userId(), reason);
        outbox.publish(new MentorshipExtended(
                m.id,
                from.number,
                weeks,
                m.extensionWeeks,
                m.endsOn,
                moved.stream().map(e -> new EvaluationDue(e.number, e.dueAt)).toList()));
    }

    private static void checkExtension(Mentorship m, Submission s) {
        if (s.outcome() == Outcome.EXTEND) {
            if (s.extensionWeeks() == null) {
                throw EXTENSION_WEEKS_REQUIRED.with("An extension needs extensionWeeks (1 to 5)");
            }
            requireWeeks(m, s.extensionWeeks());
        } else if (s.extensionWeeks() != null) {
            throw EXTENSION_WEEKS_UNEXPECTED.with("extensionWeeks applies only to the outcome EXTEND");
        }
    }

    private static void requireWeeks(Mentorship m, int weeks) {
        if (weeks < 1 || weeks > Mentorship.MAX_EXTENSION_WEEKS) {
            throw EXTENSION_WEEKS_OUT_OF_RANGE.with("An extension is 1 to 5 weeks, not " + weeks);
        }
        if (weeks > m.extensionWeeksLeft()) {
            throw EXTENSION_LIMIT_EXCEEDED.with("Mentorship " + m.id + " was already extended by " + m.extensionWeeks
                    + " weeks; " + m.extensionWeeksLeft() + " are left");
        }
    }

    private Evaluation find(Mentorship m, int number) {
        return evaluations
                .findByNumber(m.id, number)
                .orElseThrow(() -> ProblemException.notFound("Evaluation", number + " of mentorship " + m.id));
    }

    private EvaluationHistory entry(Evaluation e, EvaluationStatus from, Submission s, Instant now) {
        EvaluationHistory h = new EvaluationHistory();
        h.id = UUID.randomUUID();
        h.evaluationId = e.id;
        h.fromStatus = from;
        h.actor = access.userId();
        h.at = now;
        if (s != null) {
            h.outcome = s.outcome();
            h.scoreTasks = s.tasksAndMilestones();
            h.scoreEngagement = s.engagement();
            h.scoreProgress = s.progressAgainstPlan();
            h.commentsForMentee = s.commentsForMentee();
            h.privateComments = s.privateComments();
        }
        return h;
    }
}
