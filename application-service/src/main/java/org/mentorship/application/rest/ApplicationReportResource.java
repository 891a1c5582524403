package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.rest.BulkDtos.BatchDto;
import org.mentorship.application.rest.BulkDtos.DecisionBatchRequest;
import org.mentorship.application.rest.BulkDtos.DecisionItem;
import org.mentorship.application.rest.BulkDtos.StatisticsDto;
import org.mentorship.application.service.ApplicationService;
import org.mentorship.application.service.ApplicationStatistics;
import org.mentorship.application.service.ApplicationsCsv;
import org.mentorship.application.service.BulkWork;
import org.mentorship.platform.security.Roles;

/** Bulk decisions, the applications CSV and the selection statistics (issue 18), for coordinators and org-admins. */
@Path("/api/v1/applications")
@Tag(name = "Applications", description = "Applying, review, decisions, withdrawal and history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationReportResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final BulkWork bulk;
    private final ApplicationService applications;
    private final ApplicationsCsv csv;
    private final ApplicationStatistics statistics;

    ApplicationReportResource(
            BulkWork bulk, ApplicationService applications, ApplicationsCsv csv, ApplicationStatistics statistics) {
        this.bulk = bulk;
        this.applications = applications;
        this.csv = csv;
        this.statistics = statistics;
    }

    @POST
    @Path("/decisions")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "decideApplications",
            summary = "Decide many applications, each on its own",
            description = "Each item is what POST /applications/{id}/decision takes, decided through it (every rule "
                    + "of a single decision, separation of duties included) in a transaction of its own: a refused "
                    + "item leaves the others decided. 1 to 200 items, each application once (422 batch-invalid, "
                    + "nothing decided). For an org-admin an application of another organisation answers NOT_FOUND.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = DecisionBatchRequest.class),
                            examples = @ExampleObject(name = "batch", value = BulkExamples.DECISION_BATCH_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Per application what happened (also when every one was refused)",
            content =
                    @Content(
                            schema = @Schema(implementation = BatchDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "mixed", value = BulkExamples.BATCH)))
    @APIResponse(responseCode = "400", description = "An item without applicationId or outcome, or an unknown field")
    @APIResponse(
            responseCode = "403",
            description = "forbidden (neither a coordinator nor an admin of an organisation)")
    @APIResponse(
            responseCode = "422",
            description = "batch-invalid: no item, more than 200, or one application twice; nothing was decided",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "too many", value = BulkExamples.PROBLEM_BATCH)))
    public BatchDto decideAll(@Valid @NotNull DecisionBatchRequest request) {
        return BatchDto.of(bulk.decide(
                request.items() == null
                        ? null
                        : request.items().stream().map(DecisionItem::toDecision).toList()));
    }

    @GET
    @Path("/export.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "exportApplicationsCsv",
            summary = "The applications list as CSV",
            description = "The same filters as GET /applications and scoped the same way (an org-admin: her "
                    + "organisations' applications only), in submission order, written as it is read. Text cells a "
                    + "spreadsheet would run as a formula start with a quote.")
    @APIResponse(
            responseCode = "200",
            description = "Every application of the list, one row each after a header row",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=\"applications.csv\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "applications", value = BulkExamples.APPLICATIONS_CSV)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden (neither a coordinator nor an admin of an organisation)")
    public Response exportCsv(
            @QueryParam("termId") UUID termId,
            @QueryParam("projectId") UUID projectId,
            @QueryParam("status") ApplicationStatus status,
            @QueryParam("applicantId") String applicantId,
            @QueryParam("organization") @Size(max = 200) String organization) {
        // Scoped here, in the request: the file is written after this method returns.
        ApplicationRepository.Filter filter = applications.filter(
                termId, projectId, status, applicantId, organization, ApplicationRepository.Order.SUBMITTED);
        StreamingOutput file = out -> csv.write(filter, out);
        return Response.ok(file, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"applications.csv\"")
                .build();
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getApplicationStatistics",
            summary = "A term's selection figures per organisation and project",
            description = "Applications, by status, accepted, acceptance rate (accepted / applications), average "
                    + "rubric score and waitlisted, per project and per organisation. Coordinators every "
                    + "organisation (or the one asked for); org-admins theirs only (another one: no organisation).")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            schema = @Schema(implementation = StatisticsDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "statistics", value = BulkExamples.STATISTICS)))
    @APIResponse(responseCode = "400", description = "No termId")
    @APIResponse(
            responseCode = "404",
            description = "not-found (no such term)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public StatisticsDto statistics(
            @QueryParam("termId") @NotNull UUID termId,
            @QueryParam("organization") @Size(max = 200) String organization) {
        String asked = organization == null || organization.isBlank() ? null : organization.trim();
        return StatisticsDto.of(termId, asked, statistics.of(termId, asked));
    }
}
