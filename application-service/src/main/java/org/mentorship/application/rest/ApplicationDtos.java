package org.mentorship.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.model.HistoryEntry;
import org.mentorship.application.model.Notification;
import org.mentorship.application.model.NotificationState;
import org.mentorship.application.model.Recommendation;
import org.mentorship.application.model.ScreeningVerdict;
import org.mentorship.application.service.ApplicationViews;
import org.mentorship.application.service.DecisionService;
import org.mentorship.application.service.NextStep;
import org.mentorship.platform.time.LocalTimes;

/** Request and response bodies of /api/v1/applications. */
public final class ApplicationDtos {

    @Schema(name = "ApplyRequest")
    public record ApplyRequest(
            @NotNull UUID projectId, @Size(max = 4000) String motivation) {}

    @Schema(name = "WithdrawRequest")
    public record WithdrawRequest(@Size(max = 1000) String reason) {}

    @Schema(
            name = "DecisionRequest",
            description =
                    "ACCEPT, REJECT or WAITLIST. reason is shown to the applicant (required to reject); "
                            + "overrideReason allows accepting before the review minimum; internalNote is for coordinators only.")
    public record DecisionRequest(
            @NotNull DecisionService.Outcome outcome,
            @Size(max = 2000) String reason,
            @Size(max = 2000) String overrideReason,
            @Size(max = 2000) String internalNote) {}

    @Schema(name = "RecommendationRequest")
    public record RecommendationRequest(
            @NotNull Recommendation recommendation,
            @Size(max = 2000) String note) {}

    @Schema(
            name = "NextStep",
            description = "What the applicant must do next and by when; deadlineLocal is the same "
                    + "instant in the applicant's time zone")
    public record NextStepDto(
            String action, String description, Instant deadline, OffsetDateTime deadlineLocal, String timeZone) {
        static NextStepDto of(NextStep step, ZoneId zone) {
            OffsetDateTime local = step.deadline() == null
                    ? null
                    : step.deadline().atZone(zone).toOffsetDateTime();
            return new NextStepDto(step.action(), step.description(), step.deadline(), local, ViewerZone.name(zone));
        }
    }

    @Schema(name = "Application")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationDto(
            UUID id,
            UUID termId,
            String termName,
            UUID projectId,
            String projectTitle,
            String organization,
            String applicantId,
            String applicantName,
            ApplicationStatus status,
            String motivation,
            Instant submittedAt,
            Instant reviewEndsAt,
            Instant earliestDecisionAt,
            int prerequisitesTotal,
            int prerequisitesApproved,
            Instant decidedAt,
            String decisionReason,
            String overrideReason,
            Recommendation recommendation,
            String recommendedBy,
            String recommendationNote,
            UUID mentorshipId,
            NextStepDto nextStep,
            long version,

            @Schema(description = "reviewEndsAt in the viewer's time zone")
            String reviewEndsAtLocal,

            @Schema(description = "earliestDecisionAt in the viewer's time zone")
            String earliestDecisionAtLocal,

            @Schema(description = "The viewer's time zone") String timeZone,

            @Schema(
                    description = "The term's eligibility flag rules the applicant's answer met (stipend-country, "
                            + "other-commitments), for coordinators and the project's mentors; absent for the "
                            + "applicant")
            List<String> eligibilityFlags,

            @Schema(
                    description = "The applicant's preference among her applications of the term (1 = first "
                            + "choice); absent until she ranks them")
            Integer preferenceRank,

            @Schema(description = "SPAM or INELIGIBLE when a coordinator screened it out; for staff")
            ScreeningVerdict screeningVerdict,

            @Schema(
                    description = "The mean of its reviewers' rubric totals; for coordinators only, absent before "
                            + "the first score")
            BigDecimal averageScore,

            @Schema(description = "How many reviewers scored it; for coordinators only")
            Integer reviewCount,

            @Schema(
                    description = "For staff: when the applicant was told its decision (the term's announceAt for a "
                            + "decision held by the embargo, else the decision time); absent while held")
            Instant announcedAt,

            @Schema(
                    description = "For staff: the term's announceAt while the applicant does not see this "
                            + "application's decisions yet (she sees it as before them); absent otherwise")
            Instant heldUntil) {

        /**
         * Staff (mentors, coordinators) also see recommendations; only coordinators see override reasons. Deadlines
         * are also shown in the viewer's zone.
         */
        static ApplicationDto of(ApplicationViews.View v, boolean staff, boolean coordinator, ZoneId zone) {
            Application a = v.application();
            return new ApplicationDto(
                    a.id,
                    a.termId,
                    v.term().name,
                    a.projectId,
                    v.project().title,
                    v.project().organization,
                    a.applicantId,
                    v.applicant().name,
                    a.status,
                    a.motivation,
                    a.submittedAt,
                    v.term().reviewEndsAt(),
                    v.earliestDecisionAt(),
                    v.prerequisitesTotal(),
                    v.prerequisitesApproved(),
                    a.decidedAt,
                    a.decisionReason,
                    coordinator ? a.overrideReason : null,
                    staff ? a.recommendation : null,
                    staff ? a.recommendedBy : null,
                    staff ? a.recommendationNote : null,
                    a.mentorshipId,
                    NextStepDto.of(v.nextStep(), zone),
                    a.version,
                    LocalTimes.local(v.term().reviewEndsAt(), zone),
                    LocalTimes.local(v.earliestDecisionAt(), zone),
                    ViewerZone.name(zone),
                    staff ? a.eligibilityFlags() : null,
                    a.preferenceRank,
                    staff ? a.screeningVerdict : null,
                    coordinator ? a.averageScore : null,
                    coordinator ? a.reviewCount : null,
                    staff ? v.announcedAt() : null,
                    staff ? v.heldUntil() : null);
        }
    }

    @Schema(name = "HistoryEntry", description = "One status change; internalNote only for coordinators")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryDto(
            Instant at,
            String actor,
            ApplicationStatus from,
            ApplicationStatus to,
            String reason,
            String internalNote) {
        static HistoryDto of(HistoryEntry e, boolean coordinator) {
            return new HistoryDto(
                    e.at, e.actor, e.fromStatus, e.toStatus, e.reason, coordinator ? e.internalNote : null);
        }
    }

    @Schema(name = "Notification", description = "An email about the application and its delivery state")
    public record NotificationDto(
            UUID id,
            String recipient,
            String subject,
            NotificationState state,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant createdAt,
            Instant sentAt) {
        static NotificationDto of(Notification n) {
            return new NotificationDto(
                    n.id,
                    n.recipient,
                    n.subject,
                    n.state,
                    n.attempts,
                    n.nextAttemptAt,
                    n.lastError,
                    n.createdAt,
                    n.sentAt);
        }
    }

    @Schema(
            name = "ScreeningRequest",
            description = "SPAM or INELIGIBLE and why; the application is rejected with both (kept in its history)")
    public record ScreeningRequest(
            @NotNull ScreeningVerdict verdict,
            @Size(max = 2000) String reason) {}

    @Schema(name = "EvidenceRequest")
    public record EvidenceRequest(
            @NotBlank @Size(max = 4000) String evidence) {}

    @Schema(name = "ReturnRequest")
    public record ReturnRequest(@NotBlank @Size(max = 2000) String comment) {}

    private ApplicationDtos() {}
}
