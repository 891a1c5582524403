package org.mentorship.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.policy.ApplicationStatisticsPolicy;
import org.mentorship.application.service.BatchItems;
import org.mentorship.application.service.BulkWork;
import org.mentorship.application.service.DecisionService;
import org.mentorship.application.service.OrganizationService;
import org.mentorship.platform.problem.Problem;

/** Organisations, bulk work and reports (issue 18): requests and answers. */
final class BulkDtos {

    @Schema(name = "DecisionBatchItemRequest", description = "One decision: what the single decide endpoint takes")
    public record DecisionItem(
            @NotNull UUID applicationId,
            @NotNull DecisionService.Outcome outcome,
            @Size(max = 2000) String reason,
            @Size(max = 2000) String overrideReason,
            @Size(max = 2000) String internalNote) {

        BulkWork.Decision toDecision() {
            return new BulkWork.Decision(applicationId, outcome, reason, overrideReason, internalNote);
        }
    }

    @Schema(name = "DecisionBatchRequest", description = "1 to 200 decisions, each application named once")
    public record DecisionBatchRequest(List<@NotNull @Valid DecisionItem> items) {}

    @Schema(name = "HrStepBatchRequest", description = "One HR step to check off for 1 to 200 applications")
    public record HrStepBatchRequest(
            @NotBlank @Size(max = 100) String step, List<UUID> applicationIds) {}

    /** What happened to one item of a batch. */
    @Schema(name = "ApplicationBatchResult")
    public enum Result {
        /** Done: decided, or the HR step checked off. */
        DONE,
        /** A rule refused it (the problem says which); nothing of it changed. */
        REFUSED,
        /** No such application, or one outside the caller's organisations (404 as the single call); nothing changed. */
        NOT_FOUND
    }

    /**
     * The single call's problem, without the request's path. Its own record: the platform's Problem scanned as a
     * field would be published again with nullable members.
     */
    @Schema(name = "ApplicationBatchRefusal")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refusal(String type, String title, int status, String detail) {
        static Refusal of(Problem p) {
            return p == null ? null : new Refusal(p.type(), p.title(), p.status(), p.detail());
        }
    }

    @Schema(name = "ApplicationBatchItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            UUID applicationId,
            Result result,

            @Schema(description = "DONE: the application's status after it")
            ApplicationStatus status,

            @Schema(description = "REFUSED and NOT_FOUND: what the single call would have answered")
            Refusal problem) {}

    @Schema(
            name = "ApplicationBatch",
            description = "Per application, in the batch's order, what happened; and how many of each")
    public record BatchDto(int done, int refused, int notFound, List<Item> items) {
        static BatchDto of(List<BatchItems.Outcome<Application>> outcomes) {
            List<Item> items = outcomes.stream()
                    .map(o -> new Item(
                            o.applicationId(),
                            o.done() ? Result.DONE : o.notFound() ? Result.NOT_FOUND : Result.REFUSED,
                            o.done() ? o.value().status : null,
                            Refusal.of(o.problem())))
                    .toList();
            return new BatchDto(
                    count(items, i -> i.result() == Result.DONE),
                    count(items, i -> i.result() == Result.REFUSED),
                    count(items, i -> i.result() == Result.NOT_FOUND),
                    items);
        }

        private static int count(List<Item> items, Predicate<Item> which) {
            return (int) items.stream().filter(which).count();
        }
    }

    @Schema(name = "OrganizationTermProjects", description = "An organisation's projects in one term")
    public record TermProjectsDto(UUID termId, String termName, long projects, long published) {}

    @Schema(name = "OrganizationSummary", description = "An organisation, as its projects name it, with its projects")
    public record OrganizationDto(String name, long projects, List<TermProjectsDto> terms) {
        static OrganizationDto of(OrganizationService.Organization o) {
            return new OrganizationDto(
                    o.name(),
                    o.projects(),
                    o.terms().stream()
                            .map(t -> new TermProjectsDto(t.termId(), t.termName(), t.projects(), t.published()))
                            .toList());
        }
    }

    @Schema(name = "ProjectApplicationStatistics")
    public record ProjectStatisticsDto(
            UUID projectId,
            String projectTitle,
            int slots,
            long applications,
            Map<ApplicationStatus, Long> byStatus,

            @Schema(description = "Accepted, onboarded, completed, graduated or ended")
            long accepted,

            @Schema(description = "accepted / applications, 4 decimals; absent without applications")
            BigDecimal acceptanceRate,

            @Schema(description = "Mean of the scored applications' average rubric scores; absent before a score")
            BigDecimal averageScore,

            long waitlisted) {}

    @Schema(name = "OrganizationApplicationStatistics")
    public record OrganizationStatisticsDto(
            String organization,
            long applications,
            Map<ApplicationStatus, Long> byStatus,
            long accepted,
            BigDecimal acceptanceRate,
            BigDecimal averageScore,
            long waitlisted,
            List<ProjectStatisticsDto> projects) {}

    @Schema(name = "ApplicationStatistics", description = "A term's selection figures per organisation and project")
    public record StatisticsDto(UUID termId, String organization, List<OrganizationStatisticsDto> organizations) {
        static StatisticsDto of(
                UUID termId, String organization, List<ApplicationStatisticsPolicy.OrganizationFigures> figures) {
            return new StatisticsDto(
                    termId,
                    organization,
                    figures.stream()
                            .map(o -> {
                                var f = o.figures();
                                return new OrganizationStatisticsDto(
                                        o.organization(),
                                        f.applications(),
                                        f.byStatus(),
                                        f.accepted(),
                                        f.acceptanceRate(),
                                        f.averageScore(),
                                        f.waitlisted(),
                                        o.projects().stream()
                                                .map(p -> new ProjectStatisticsDto(
                                                        p.project().id(),
                                                        p.project().title(),
                                                        p.project().slots(),
                                                        p.figures().applications(),
                                                        p.figures().byStatus(),
                                                        p.figures().accepted(),
                                                        p.figures().acceptanceRate(),
                                                        p.figures().averageScore(),
                                                        p.figures().waitlisted()))
                                                .toList());
                            })
                            .toList());
        }
    }

    private BulkDtos() {}
}
