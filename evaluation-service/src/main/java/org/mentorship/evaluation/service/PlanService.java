package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.MilestoneStatus;
import org.mentorship.evaluation.model.PlanTask;
import org.mentorship.evaluation.model.TaskKind;
import org.mentorship.evaluation.model.TaskStatus;
import org.mentorship.evaluation.policy.PlanPolicy;
import org.mentorship.evaluation.repository.MilestoneRepository;
import org.mentorship.evaluation.repository.PlanTaskRepository;
import org.mentorship.platform.problem.ProblemException;

/**
 * The project plan: mentors keep milestones and tasks; the mentee moves a task forward (to do, in progress, in
 * review, with evidence), a mentor accepts it as done or sends it back. Confirming a milestone or accepting the
 * last task may complete a mentorship whose final evaluation already passed.
 */
@ApplicationScoped
public class PlanService {

    public record Plan(Mentorship mentorship, List<Milestone> milestones, List<PlanTask> tasks) {}

    public record MilestoneDraft(String title, LocalDate dueOn, String acceptanceCriteria) {}

    public record TaskDraft(String title, String description, TaskKind kind, UUID milestoneId) {}

    private final MilestoneRepository milestones;
    private final PlanTaskRepository tasks;
    private final MentorshipService lifecycle;
    private final Access access;
    private final Clock clock;

    PlanService(
            MilestoneRepository milestones,
            PlanTaskRepository tasks,
            MentorshipService lifecycle,
            Access access,
            Clock clock) {
        this.milestones = milestones;
        this.tasks = tasks;
        this.lifecycle = lifecycle;
        this.access = access;
        this.clock = clock;
    }

    public Plan plan(UUID mentorshipId) {
        Mentorship m = lifecycle.get(mentorshipId);
        List<PlanTask> ordered = tasks.ofMentorship(m.id).stream()
                .sorted(Comparator.comparing((PlanTask t) -> t.kind).thenComparing(t -> t.createdAt))
                .toList();
        return new Plan(m, milestones.ofMentorship(m.id), ordered);
    }

    public List<Milestone> milestones(UUID mentorshipId) {
        return milestones.ofMentorship(lifecycle.get(mentorshipId).id);
    }

    /** Tasks in plan order (starter first), optionally of one status. */
    public List<PlanTask> tasks(UUID mentorshipId, TaskStatus status) {
        return plan(mentorshipId).tasks().stream()
                .filter(t -> status == null || t.status == status)
                .toList();
    }

    @Transactional
    public Milestone addMilestone(UUID mentorshipId, MilestoneDraft draft) {
        Mentorship m = forMentor(mentorshipId);
        Milestone ms = new Milestone();
        ms.id = UUID.randomUUID();
        ms.mentorshipId = m.id;
        ms.status = MilestoneStatus.OPEN;
        ms.createdAt = clock.instant();
        apply(ms, draft);
        milestones.persist(ms);
        return ms;
    }

    @Transactional
    public Milestone editMilestone(UUID mentorshipId, UUID milestoneId, MilestoneDraft draft) {
        Mentorship m = forMentor(mentorshipId);
        Milestone ms = milestone(m, milestoneId);
        PlanPolicy.requireEditable(ms);
        apply(ms, draft);
        return ms;
    }

    /** A mentor confirms the acceptance criteria are met; every task of the milestone must be done first. */
    @Transactional
    public Milestone meet(UUID mentorshipId, UUID milestoneId) {
        Mentorship m = forMentor(mentorshipId);
        Milestone ms = milestone(m, milestoneId);
        if (ms.meet(tasks.ofMentorship(m.id), clock.instant())) {
            lifecycle.completeIfDone(m, access.userId());
        }
        return ms;
    }

    @Transactional
    public PlanTask addTask(UUID mentorshipId, TaskDraft draft) {
        Mentorship m = forMentor(mentorshipId);
        PlanTask t = new PlanTask();
        t.id = UUID.randomUUID();
        t.mentorshipId = m.id;
        t.status = TaskStatus.TODO;
        t.createdAt = clock.instant();
        apply(m, t, draft);
        tasks.persist(t);
        return t;
    }

    @Transactional
    public PlanTask editTask(UUID mentorshipId, UUID taskId, TaskDraft draft) {
        Mentorship m = forMentor(mentorshipId);
        PlanTask t = task(m, taskId);
        PlanPolicy.requireEditable(t);
        apply(m, t, draft);
        return t;
    }

    /**
     * Moves a task: the mentee forward (to do -> in progress -> in review, with at least one evidence link for
     * review) or back from review; a mentor accepts a reviewed task (done) or sends it back (in progress).
     */
    @Transactional
    public PlanTask move(UUID mentorshipId, UUID taskId, TaskStatus to, List<String> evidenceLinks) {
        Mentorship m = lifecycle.lockOpen(mentorshipId);
        PlanTask t = task(m, taskId);
        boolean mentee = access.isMenteeOf(m);
        boolean mentor = access.isMentorOf(m);
        PlanPolicy.requireMover(m.id, mentee, mentor, to);
        if (to == TaskStatus.DONE) {
            access.requireNotMentee(m, "accept this task as done");
        }
        t.move(to, mentee, mentor, evidenceLinks, clock.instant());
        if (to == TaskStatus.DONE) {
            tasks.flush();
            lifecycle.completeIfDone(m, access.userId());
        }
        return t;
    }

    private Mentorship forMentor(UUID mentorshipId) {
        Mentorship m = lifecycle.lockOpen(mentorshipId);
        access.requireMentor(m, true, "keep the plan of this mentorship");
        return m;
    }

    private Milestone milestone(Mentorship m, UUID id) {
        return milestones
                .findByIdOptional(id)
                .filter(ms -> ms.mentorshipId.equals(m.id))
                .orElseThrow(() -> ProblemException.notFound("Milestone", id));
    }

    private PlanTask task(Mentorship m, UUID id) {
        return tasks.findByIdOptional(id)
                .filter(t -> t.mentorshipId.equals(m.id))
                .orElseThrow(() -> ProblemException.notFound("Task", id));
    }

    private static void apply(Milestone ms, MilestoneDraft draft) {
        ms.title = draft.title();
        ms.dueOn = draft.dueOn();
        ms.acceptanceCriteria = draft.acceptanceCriteria();
    }

    private void apply(Mentorship m, PlanTask t, TaskDraft draft) {
        if (draft.milestoneId() != null) {
            milestone(m, draft.milestoneId());
        }
        t.title = draft.title();
        t.description = draft.description();
        t.kind = draft.kind();
        t.milestoneId = draft.milestoneId();
    }
}
