package org.mentorship.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationHistory;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.MentorshipHistory;
import org.mentorship.evaluation.model.MentorshipStatus;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.MilestoneStatus;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.evaluation.model.Participation;
import org.mentorship.evaluation.model.ParticipationKind;
import org.mentorship.evaluation.model.PlanTask;
import org.mentorship.evaluation.model.Reminder;
import org.mentorship.evaluation.model.ReminderKind;
import org.mentorship.evaluation.model.ReviewDecision;
import org.mentorship.evaluation.model.Settlement;
import org.mentorship.evaluation.model.TaskKind;
import org.mentorship.evaluation.model.TaskStatus;
import org.mentorship.evaluation.policy.CompletionPolicy;
import org.mentorship.evaluation.service.EvidenceService;
import org.mentorship.evaluation.service.ParticipationService;
import org.mentorship.evaluation.service.PlanService;

/** Response bodies (never entities). */
public final class Views {

    private Views() {}

    public record ScheduleEntry(
            int number,
            Instant dueAt,
            String dueAtLocal,
            Instant windowOpensAt,
            String windowOpensAtLocal,
            EvaluationStatus status) {}

    public record MentorshipView(
            UUID id,
            UUID applicationId,
            UUID termId,
            String termName,
            UUID projectId,
            String projectTitle,
            String organization,
            String menteeId,
            String menteeName,
            List<String> mentorIds,
            int evaluationCount,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate originalEndsOn,
            int extensionWeeks,
            int extensionWeeksLeft,
            MentorshipStatus status,
            String endReason,
            Instant endedAt,
            Instant createdAt,
            List<ScheduleEntry> evaluations,
            String timeZone,

            @Schema(description = "How a termination settled the stipend (null until terminated)")
            Settlement settlement,

            @Schema(description = "With PAY_EARNED: the evaluation whose installment is still paid")
            Integer earnedEvaluation) {

        static MentorshipView of(Mentorship m, List<Evaluation> schedule, ViewerZone zone) {
            return new MentorshipView(
                    m.id,
                    m.applicationId,
                    m.termId,
                    m.termName,
                    m.projectId,
                    m.projectTitle,
                    m.organization,
                    m.menteeId,
                    m.menteeName,
                    List.copyOf(m.mentorIds),
                    m.evaluationCount,
                    m.startsOn,
                    m.endsOn,
                    m.originalEndsOn,
                    m.extensionWeeks,
                    m.extensionWeeksLeft(),
                    m.status,
                    m.endReason,
                    m.endedAt,
                    m.createdAt,
                    schedule.stream()
                            .map(e -> new ScheduleEntry(
                                    e.number,
                                    e.dueAt,
                                    zone.local(e.dueAt),
                                    e.windowOpensAt,
                                    zone.local(e.windowOpensAt),
                                    e.status))
                            .toList(),
                    zone.id(),
                    m.settlement,
                    m.earnedEvaluation);
        }
    }

    public record Scores(Integer tasksAndMilestones, Integer engagement, Integer progressAgainstPlan) {}

    /**
     * An evaluation; {@code privateComments} is left out entirely for the mentee. A FAIL under review shows its
     * window's end ({@code reviewEndsAt}), the mentee's appeal and, once decided, the decision, who took it and why.
     */
    public record EvaluationView(
            UUID id,
            UUID mentorshipId,
            int number,
            int total,
            boolean finalEvaluation,
            Instant dueAt,
            String dueAtLocal,
            Instant windowOpensAt,
            String windowOpensAtLocal,
            String timeZone,
            EvaluationStatus status,
            Outcome outcome,
            Scores scores,
            String commentsForMentee,
            @JsonInclude(JsonInclude.Include.NON_NULL) String privateComments,
            String submittedBy,
            Instant submittedAt,
            boolean late,
            boolean onBehalf,
            String onBehalfReason,
            Instant reviewEndsAt,
            String reviewEndsAtLocal,
            String appealStatement,
            Instant appealedAt,
            ReviewDecision reviewDecision,
            String reviewedBy,
            String reviewReason,
            Instant reviewedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) MenteeFeedbackView menteeFeedback) {

        static EvaluationView of(Evaluation e, boolean withPrivate, ViewerZone zone) {
            return of(e, withPrivate, false, zone);
        }

        /** {@code withFeedback}: the reader is a coordinator or the mentee, never a mentor of the mentorship. */
        static EvaluationView of(Evaluation e, boolean withPrivate, boolean withFeedback, ViewerZone zone) {
            Scores scores = e.scoreTasks == null ? null : new Scores(e.scoreTasks, e.scoreEngagement, e.scoreProgress);
            return new EvaluationView(
                    e.id,
                    e.mentorshipId,
                    e.number,
                    e.total,
                    e.isFinal(),
                    e.dueAt,
                    zone.local(e.dueAt),
                    e.windowOpensAt,
                    zone.local(e.windowOpensAt),
                    zone.id(),
                    e.status,
                    e.outcome,
                    scores,
                    e.commentsForMentee,
                    withPrivate ? e.privateComments : null,
                    e.submittedBy,
                    e.submittedAt,
                    e.late,
                    e.onBehalf,
                    e.onBehalfReason,
                    e.reviewEndsAt,
                    zone.local(e.reviewEndsAt),
                    e.appealStatement,
                    e.appealedAt,
                    e.reviewDecision,
                    e.reviewedBy,
                    e.reviewReason,
                    e.reviewedAt,
                    withFeedback ? MenteeFeedbackView.of(e) : null);
        }
    }

    /** The mentee's evaluation of the mentorship; null until she gave it. */
    public record MenteeFeedbackView(int mentorSupport, int hoursWorked, String comment, Instant givenAt) {

        static MenteeFeedbackView of(Evaluation e) {
            return e.menteeFeedbackAt == null
                    ? null
                    : new MenteeFeedbackView(e.mentorSupport, e.hoursWorked, e.menteeComment, e.menteeFeedbackAt);
        }
    }

    public record EvaluationHistoryView(
            String action,
            EvaluationStatus fromStatus,
            EvaluationStatus toStatus,
            Outcome outcome,
            Scores scores,
            String commentsForMentee,
            String privateComments,
            Integer extensionWeeks,
            String actor,
            boolean onBehalf,
            String reason,
            Instant at) {

        static EvaluationHistoryView of(EvaluationHistory h) {
            Scores scores = h.scoreTasks == null ? null : new Scores(h.scoreTasks, h.scoreEngagement, h.scoreProgress);
            return new EvaluationHistoryView(
                    h.action,
                    h.fromStatus,
                    h.toStatus,
                    h.outcome,
                    scores,
                    h.commentsForMentee,
                    h.privateComments,
                    h.extensionWeeks,
                    h.actor,
                    h.onBehalf,
                    h.reason,
                    h.at);
        }
    }

    public record MentorshipHistoryView(
            MentorshipStatus fromStatus, MentorshipStatus toStatus, String actor, String reason, Instant at) {

        static MentorshipHistoryView of(MentorshipHistory h) {
            return new MentorshipHistoryView(h.fromStatus, h.toStatus, h.actor, h.reason, h.at);
        }
    }

    public record MilestoneView(
            UUID id,
            String title,
            LocalDate dueOn,
            String acceptanceCriteria,
            MilestoneStatus status,
            Instant metAt,
            long version) {

        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id, m.title, m.dueOn, m.acceptanceCriteria, m.status, m.metAt, m.version);
        }
    }

    public record TaskView(
            UUID id,
            UUID milestoneId,
            String title,
            String description,
            TaskKind kind,
            TaskStatus status,
            List<String> evidenceLinks,
            Instant doneAt,
            long version) {

        static TaskView of(PlanTask t) {
            return new TaskView(
                    t.id,
                    t.milestoneId,
                    t.title,
                    t.description,
                    t.kind,
                    t.status,
                    List.copyOf(t.evidenceLinks),
                    t.doneAt,
                    t.version);
        }
    }

    public record KindProgress(long total, long done) {}

    /** The plan; {@code progress} counts tasks per kind, so responsibility growing shows at a glance. */
    public record PlanView(
            UUID mentorshipId,
            MentorshipStatus status,
            List<MilestoneView> milestones,
            List<TaskView> tasks,
            Map<TaskKind, KindProgress> progress) {

        static PlanView of(PlanService.Plan plan) {
            return new PlanView(
                    plan.mentorship().id,
                    plan.mentorship().status,
                    plan.milestones().stream().map(MilestoneView::of).toList(),
                    plan.tasks().stream().map(TaskView::of).toList(),
                    Views.progress(plan.tasks()));
        }
    }

    static Map<TaskKind, KindProgress> progress(List<PlanTask> tasks) {
        Map<TaskKind, KindProgress> progress = new EnumMap<>(TaskKind.class);
        for (TaskKind kind : TaskKind.values()) {
            long total = tasks.stream().filter(t -> t.kind == kind).count();
            long done = tasks.stream()
                    .filter(t -> t.kind == kind && CompletionPolicy.done(t))
                    .count();
            progress.put(kind, new KindProgress(total, done));
        }
        return progress;
    }

    public record ParticipationView(
            UUID id,
            ParticipationKind kind,
            String title,
            String link,
            Instant occurredAt,
            String recordedBy,
            Instant recordedAt) {

        static ParticipationView of(Participation p) {
            return new ParticipationView(p.id, p.kind, p.title, p.link, p.occurredAt, p.recordedBy, p.recordedAt);
        }
    }

    public record PeriodView(
            int evaluationNumber,
            Instant from,
            Instant to,
            Map<ParticipationKind, Long> counts,
            Instant lastContactAt) {

        static PeriodView of(ParticipationService.Period p) {
            return new PeriodView(p.evaluationNumber(), p.from(), p.to(), p.counts(), p.lastContactAt());
        }
    }

    /** The facts of one evaluation period, next to the evaluation form. */
    public record EvidenceView(
            int number,
            Instant from,
            Instant to,
            List<TaskView> tasksDone,
            List<MilestoneView> milestonesMet,
            PeriodView participation,
            Map<TaskKind, KindProgress> planProgress,
            long milestonesMetTotal,
            long milestonesTotal) {

        static EvidenceView of(EvidenceService.Evidence e) {
            return new EvidenceView(
                    e.evaluation().number,
                    e.from(),
                    e.to(),
                    e.tasksDone().stream().map(TaskView::of).toList(),
                    e.milestonesMet().stream().map(MilestoneView::of).toList(),
                    PeriodView.of(e.participation()),
                    Views.progress(e.allTasks()),
                    e.allMilestones().stream().filter(CompletionPolicy::met).count(),
                    e.allMilestones().size());
        }
    }

    public record ReminderView(
            UUID id,
            UUID evaluationId,
            UUID mentorshipId,
            ReminderKind kind,
            String recipientId,
            Instant dueAt,
            String dueAtLocal,
            String timeZone,
            Instant sentAt,

            @Schema(description = "false when the recipient has no known address: listed here only, not mailed")
            boolean mailed) {

        static ReminderView of(Reminder r, ViewerZone zone) {
            return new ReminderView(
                    r.id,
                    r.evaluationId,
                    r.mentorshipId,
                    r.kind,
                    r.recipientId,
                    r.dueAt,
                    zone.local(r.dueAt),
                    zone.id(),
                    r.sentAt,
                    r.email != null);
        }
    }

    /**
     * The program output of a mentorship and its window (the final evaluation's). {@code confirmed} is false while no
     * mentor confirmed the output as it is now.
     */
    public record OutputView(
            UUID mentorshipId,
            String workProductUrl,
            String finalReport,
            Instant submittedAt,
            boolean confirmed,
            String confirmedBy,
            Instant confirmedAt,
            Instant windowOpensAt,
            String windowOpensAtLocal,
            Instant windowClosesAt,
            String windowClosesAtLocal,
            String timeZone,
            boolean windowClosed) {

        /** The window "closes" at the final evaluation's due instant only as a deadline: a late one keeps it open. */
        static OutputView of(Mentorship m, Evaluation finalEvaluation, ViewerZone zone) {
            return new OutputView(
                    m.id,
                    m.workProductUrl,
                    m.finalReport,
                    m.outputSubmittedAt,
                    m.outputConfirmed(),
                    m.outputConfirmedBy,
                    m.outputConfirmedAt,
                    finalEvaluation.windowOpensAt,
                    zone.local(finalEvaluation.windowOpensAt),
                    finalEvaluation.dueAt,
                    zone.local(finalEvaluation.dueAt),
                    zone.id(),
                    !m.isOpen() || finalEvaluation.isLocked());
        }
    }
}
