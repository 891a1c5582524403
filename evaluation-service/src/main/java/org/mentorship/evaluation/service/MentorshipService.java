package org.mentorship.evaluation.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.contracts.events.MentorshipStarted;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.evaluation.config.EvaluationConfig;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.MentorshipHistory;
import org.mentorship.evaluation.model.MentorshipStatus;
import org.mentorship.evaluation.model.PlanTask;
import org.mentorship.evaluation.model.Settlement;
import org.mentorship.evaluation.model.TaskKind;
import org.mentorship.evaluation.model.TaskStatus;
import org.mentorship.evaluation.policy.CompletionPolicy;
import org.mentorship.evaluation.policy.EvaluationSchedule;
import org.mentorship.evaluation.policy.SettlementPolicy;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.HistoryRepository;
import org.mentorship.evaluation.repository.MentorshipRepository;
import org.mentorship.evaluation.repository.MilestoneRepository;
import org.mentorship.evaluation.repository.PlanTaskRepository;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;

/** A mentorship's life: started from MenteeOnboarded, ended by a fail or a coordinator, completed when all is done. */
@ApplicationScoped
public class MentorshipService {

    static final String SYSTEM = "system";

    private final MentorshipRepository mentorships;
    private final EvaluationRepository evaluations;
    private final MilestoneRepository milestones;
    private final PlanTaskRepository tasks;
    private final HistoryRepository history;
    private final Outbox outbox;
    private final Clock clock;
    private final EvaluationConfig config;
    private final Access access;
    private final MentorChanges mentorChanges;

    MentorshipService(
            MentorshipRepository mentorships,
            EvaluationRepository evaluations,
            MilestoneRepository milestones,
            PlanTaskRepository tasks,
            HistoryRepository history,
            Outbox outbox,
            Clock clock,
            EvaluationConfig config,
            Access access,
            MentorChanges mentorChanges) {
        this.mentorships = mentorships;
        this.evaluations = evaluations;
        this.milestones = milestones;
        this.tasks = tasks;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.access = access;
        this.mentorChanges = mentorChanges;
    }

    /**
     * Starts the mentorship MenteeOnboarded announces, once: the mentorship id is the key, so a second event for
     * it (a redelivery under a new event id) changes nothing. Runs in the inbox's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean start(MenteeOnboarded event) {
        if (mentorships.findByIdOptional(event.mentorshipId()).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        Mentorship m = new Mentorship();
        m.id = event.mentorshipId();
        m.applicationId = event.applicationId();
        m.termId = event.termId();
        m.termName = event.termName();
        m.projectId = event.projectId();
        m.projectTitle = event.projectTitle();
        m.organization = event.organization();
        m.menteeId = event.menteeId();
        m.menteeName = event.menteeName();
        m.menteeEmail = event.menteeEmail();
        m.mentorIds.addAll(event.mentorIds());
        event.mentorContacts().stream()
                .filter(c -> m.mentorIds.contains(c.mentorId()))
                .forEach(c -> m.mentorEmails.put(c.mentorId(), c.email()));
        // The project's mentors may have changed after the onboarding, read before this event (another key).
        mentorChanges.since(m, event.onboardedAt());
        m.evaluationCount = EvaluationSchedule.evaluationCount(event.evaluationCount());
        m.startsOn = event.programStart();
        m.endsOn = event.programEnd();
        m.originalEndsOn = event.programEnd();
        m.status = MentorshipStatus.ACTIVE;
        m.createdAt = now;
        mentorships.persist(m);
        record(m, null, MentorshipStatus.ACTIVE, SYSTEM, "MenteeOnboarded (application " + event.applicationId() + ")");

        List<Instant> due = EvaluationSchedule.dueInstants(m.startsOn, m.endsOn, m.evaluationCount);
        for (int i = 0; i < due.size(); i++) {
            Evaluation e = new Evaluation();
            e.id = UUID.randomUUID();
            e.mentorshipId = m.id;
            e.number = i + 1;
            e.total = m.evaluationCount;
            e.dueAt(due.get(i));
            e.status = EvaluationStatus.SCHEDULED;
            evaluations.persist(e);
        }
        for (EvaluationConfig.StarterTask starter : config.starterTasks()) {
            PlanTask task = new PlanTask();
            task.id = UUID.randomUUID();
            task.mentorshipId = m.id;
            task.title = starter.title();
            task.description = starter.description().orElse(null);
            task.kind = TaskKind.STARTER;
            task.status = TaskStatus.TODO;
            task.createdAt = now;
            tasks.persist(task);
        }
        outbox.publish(new MentorshipStarted(
                m.id, m.menteeId, m.projectId, List.copyOf(m.mentorIds), m.startsOn, m.endsOn, dueList(due)));
        return true;
    }

    public Mentorship get(UUID id) {
        Mentorship m = mentorships.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Mentorship", id));
        access.requireRead(m);
        return m;
    }

    /** The caller's mentorships: a mentee's own, a mentor's mentees', every one for a coordinator. */
    public PanacheQuery<Mentorship> visible() {
        return visible(null);
    }

    /**
     * The caller's mentorships, of one organisation where {@code organization} is given: a coordinator's of every
     * organisation (or that one), an org-admin's of hers (another's is 404), else a mentor's mentees' or a mentee's
     * own.
     */
    public PanacheQuery<Mentorship> visible(String organization) {
        if (access.isCoordinator() || access.readsByOrganization()) {
            return mentorships.of(access.organizations(organization));
        }
        return access.isMentorRole() ? mentorships.ofMentor(access.userId()) : mentorships.ofMentee(access.userId());
    }

    public List<MentorshipHistory> historyOf(UUID id) {
        get(id);
        return history.ofMentorship(id);
    }

    /** A coordinator ends a mentorship early, with the reason kept and announced. */
    @Transactional
    public Mentorship end(UUID id, String reason) {
        return end(id, reason, Settlement.CANCEL_UNPAID, null);
    }

    /**
     * A coordinator ends a mentorship early with a settlement: every unpaid installment cancelled, or (PAY_EARNED) the
     * installment of {@code earnedEvaluation} still paid ({@link SettlementPolicy} says which evaluation may be named).
     */
    @Transactional
    public Mentorship end(UUID id, String reason, Settlement settlement, Integer earnedEvaluation) {
        Mentorship m = lockOpen(id);
        access.requireNotMentee(m, "end this mentorship");
        Settlement chosen = settlement == null ? Settlement.CANCEL_UNPAID : settlement;
        SettlementPolicy.requireNamedOnlyToPay(chosen, earnedEvaluation);
        if (chosen == Settlement.PAY_EARNED) {
            SettlementPolicy.requireEarnable(evaluations.schedule(m.id), earnedEvaluation, clock.instant());
        }
        terminate(m, reason, access.userId(), chosen, earnedEvaluation);
        return m;
    }

    /** Loads a mentorship for a change and refuses it once it has ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Mentorship lockOpen(UUID id) {
        Mentorship m = mentorships.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Mentorship", id));
        access.requireRead(m);
        m.requireOpen();
        return m;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void terminate(Mentorship m, String reason, String actor) {
        terminate(m, reason, actor, Settlement.CANCEL_UNPAID, null);
    }

    /** Ends it and announces the settlement in the same transaction (the outbox). */
    @Transactional(Transactional.TxType.MANDATORY)
    void terminate(Mentorship m, String reason, String actor, Settlement settlement, Integer earnedEvaluation) {
        Instant now = clock.instant();
        MentorshipStatus from = m.terminate(reason, now, settlement, earnedEvaluation);
        String kept = m.settlement == Settlement.PAY_EARNED
                ? reason + " (the installment of evaluation " + m.earnedEvaluation + " is still paid)"
                : reason;
        record(m, from, MentorshipStatus.TERMINATED, actor, kept);
        outbox.publish(
                new MentorshipTerminated(m.id, m.menteeId, reason, now, m.settlement.name(), m.earnedEvaluation));
    }

    /** Completes the mentorship once its final evaluation passed and every milestone and task is done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean completeIfDone(Mentorship m, String actor) {
        if (!m.isOpen()) {
            return false;
        }
        Evaluation last = evaluations.findByNumber(m.id, m.evaluationCount).orElse(null);
        if (!CompletionPolicy.isComplete(last, milestones.ofMentorship(m.id), tasks.ofMentorship(m.id))) {
            return false;
        }
        Instant now = clock.instant();
        MentorshipStatus from = m.complete(now);
        record(m, from, MentorshipStatus.COMPLETED, actor, "Final evaluation passed; every milestone and task is done");
        // The output travels only once a mentor confirmed it; it is no condition of completion (OutputPolicy).
        outbox.publish(new MentorshipCompleted(
                m.id, m.menteeId, m.projectId, now, m.confirmedWorkProductUrl(), m.confirmedFinalReport()));
        return true;
    }

    /** The mentee of the mentorship submits (or changes) the program output. */
    @Transactional
    public Mentorship submitOutput(UUID id, String url, String report) {
        Mentorship m = lockOpenFor(id);
        access.requireMenteeSelf(m);
        m.submitOutput(url, report, finalEvaluation(m), clock.instant());
        return m;
    }

    /** A mentor of the mentorship (never its mentee) confirms the program output. */
    @Transactional
    public Mentorship confirmOutput(UUID id) {
        Mentorship m = lockOpenFor(id);
        access.requireMentor(m, false, "confirm this program output");
        m.confirmOutput(access.userId(), finalEvaluation(m), clock.instant());
        return m;
    }

    /** The final evaluation's window is the output's (OutputPolicy). */
    public Evaluation finalEvaluation(Mentorship m) {
        return evaluations.findByNumber(m.id, m.evaluationCount).orElseThrow();
    }

    /** Locked; access is the caller's to check (refusals before the ended check, so outsiders learn nothing). */
    private Mentorship lockOpenFor(UUID id) {
        return mentorships.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Mentorship", id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(Mentorship m, MentorshipStatus from, MentorshipStatus to, String actor, String reason) {
        MentorshipHistory entry = new MentorshipHistory();
        entry.record(clock.instant(), actor, from, to, reason);
        entry.mentorshipId = m.id;
        history.add(entry);
    }

    static List<EvaluationDue> dueList(List<Instant> due) {
        return java.util.stream.IntStream.range(0, due.size())
                .mapToObj(i -> new EvaluationDue(i + 1, due.get(i)))
                .toList();
    }
}
