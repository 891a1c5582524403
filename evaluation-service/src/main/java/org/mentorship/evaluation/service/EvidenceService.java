package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.PlanTask;
import org.mentorship.evaluation.policy.CompletionPolicy;
import org.mentorship.evaluation.policy.ParticipationPolicy;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.MilestoneRepository;
import org.mentorship.evaluation.repository.ParticipationRepository;
import org.mentorship.evaluation.repository.PlanTaskRepository;
import org.mentorship.platform.problem.ProblemException;

/** The facts of one evaluation period, shown next to the form so the scores rest on them. */
@ApplicationScoped
public class EvidenceService {

    public record Evidence(
            Evaluation evaluation,
            Instant from,
            Instant to,
            List<PlanTask> tasksDone,
            List<Milestone> milestonesMet,
            ParticipationService.Period participation,
            List<PlanTask> allTasks,
            List<Milestone> allMilestones) {}

    private final MentorshipService lifecycle;
    private final EvaluationRepository evaluations;
    private final PlanTaskRepository tasks;
    private final MilestoneRepository milestones;
    private final ParticipationRepository participation;

    EvidenceService(
            MentorshipService lifecycle,
            EvaluationRepository evaluations,
            PlanTaskRepository tasks,
            MilestoneRepository milestones,
            ParticipationRepository participation) {
        this.lifecycle = lifecycle;
        this.evaluations = evaluations;
        this.tasks = tasks;
        this.milestones = milestones;
        this.participation = participation;
    }

    public Evidence of(UUID mentorshipId, int number) {
        Mentorship m = lifecycle.get(mentorshipId);
        List<Evaluation> schedule = evaluations.schedule(m.id);
        Evaluation e = schedule.stream()
                .filter(x -> x.number == number)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Evaluation", number + " of mentorship " + m.id));
        ParticipationService.Period period = ParticipationService.periods(m, schedule, participation.allOf(m.id))
                .get(number - 1);
        Instant from = period.from();
        Instant to = period.to();
        List<PlanTask> all = tasks.ofMentorship(m.id);
        List<Milestone> allMilestones = milestones.ofMentorship(m.id);
        List<PlanTask> done = all.stream()
                .filter(t -> CompletionPolicy.done(t) && ParticipationPolicy.inPeriod(t.doneAt, from, to))
                .toList();
        List<Milestone> met = allMilestones.stream()
                .filter(ms -> CompletionPolicy.met(ms) && ParticipationPolicy.inPeriod(ms.metAt, from, to))
                .toList();
        return new Evidence(e, from, to, done, met, period, all, allMilestones);
    }
}
