package org.mentorship.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.evaluation.model.ParticipationKind;
import org.mentorship.evaluation.model.ReviewDecision;
import org.mentorship.evaluation.model.Settlement;
import org.mentorship.evaluation.model.Submission;
import org.mentorship.evaluation.model.TaskKind;
import org.mentorship.evaluation.model.TaskStatus;
import org.mentorship.evaluation.service.ParticipationService;
import org.mentorship.evaluation.service.PlanService;

/** Request bodies. Ids, statuses, times and locks are the server's: such fields are refused as unknown. */
public final class Requests {

    private static final String LINK = "https?://\\S+";

    private Requests() {}

    /**
     * A mentor's evaluation: the three focus areas scored 1 to 5, comments, the outcome (weeks only to extend). A
     * coordinator submitting for an absent mentor sends {@code onBehalfOfMentor: true} and {@code onBehalfReason}.
     */
    public record SubmitEvaluation(
            @NotNull @Min(1) @Max(5) Integer tasksAndMilestones,
            @NotNull @Min(1) @Max(5) Integer engagement,
            @NotNull @Min(1) @Max(5) Integer progressAgainstPlan,
            @NotBlank @Size(max = 10000) String commentsForMentee,
            @Size(max = 10000) String privateComments,
            @NotNull Outcome outcome,
            @Min(1) @Max(5) Integer extensionWeeks,
            Boolean onBehalfOfMentor,
            @Size(max = 2000) String onBehalfReason) {

        boolean onBehalf() {
            return Boolean.TRUE.equals(onBehalfOfMentor);
        }

        Submission toSubmission() {
            return new Submission(
                    tasksAndMilestones,
                    engagement,
                    progressAgainstPlan,
                    commentsForMentee,
                    privateComments,
                    outcome,
                    extensionWeeks);
        }
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {}

    /**
     * A coordinator's early end: the reason, and what happens to the stipend (CANCEL_UNPAID when absent; PAY_EARNED
     * with the evaluation whose installment is still paid).
     */
    public record EndMentorship(
            @NotBlank @Size(max = 2000) String reason,
            Settlement settlement,
            @Min(1) @Max(4) Integer earnedEvaluation) {}

    /** The mentee's evaluation of the mentorship at one evaluation. */
    public record MenteeFeedback(
            @NotNull @Min(1) @Max(5) Integer mentorSupport,
            @NotNull @Min(0) @Max(2000) Integer hoursWorked,
            @Size(max = 4000) String comment) {}

    /** The mentee's appeal of a FAIL under review. */
    public record Appeal(@NotBlank @Size(max = 4000) String statement) {}

    /** A coordinator's decision on a FAIL under review, with the reason. */
    public record Review(
            @NotNull ReviewDecision decision,
            @NotBlank @Size(max = 2000) String reason) {}

    public record Extension(
            @NotNull @Min(1) @Max(5) Integer weeks,
            @NotBlank @Size(max = 2000) String reason) {}

    public record MilestoneBody(
            @NotBlank @Size(max = 300) String title,
            @NotNull LocalDate dueOn,
            @NotBlank @Size(max = 5000) String acceptanceCriteria) {

        PlanService.MilestoneDraft toDraft() {
            return new PlanService.MilestoneDraft(title, dueOn, acceptanceCriteria);
        }
    }

    public record TaskBody(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 5000) String description,
            @NotNull TaskKind kind,
            UUID milestoneId) {

        PlanService.TaskDraft toDraft() {
            return new PlanService.TaskDraft(title, description, kind, milestoneId);
        }
    }

    public record TaskMove(
            @NotNull TaskStatus status,
            @Size(max = 20) List<@NotBlank @Size(max = 2000) @Pattern(regexp = LINK) String> evidenceLinks) {}

    public record ParticipationBody(
            @NotNull ParticipationKind kind,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) @Pattern(regexp = LINK) String link,
            @NotNull Instant occurredAt) {

        ParticipationService.Draft toDraft() {
            return new ParticipationService.Draft(kind, title, link, occurredAt);
        }
    }

    /** The program output; the link's shape and the window are OutputPolicy's (422/409 problems). */
    public record Output(
            @NotBlank @Size(max = 2000) String workProductUrl,
            @NotBlank @Size(max = 4000) String finalReport) {}
}
