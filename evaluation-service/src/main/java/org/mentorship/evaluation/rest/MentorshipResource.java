package org.mentorship.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Set;
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
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.service.Access;
import org.mentorship.evaluation.service.EvaluationService;
import org.mentorship.evaluation.service.MentorshipService;
import org.mentorship.evaluation.service.MentorshipStatistics;
import org.mentorship.evaluation.service.MentorshipsCsv;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

@Path("/api/v1/mentorships")
@Tag(name = "Mentorships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentorshipResource {

    private final MentorshipService mentorships;
    private final EvaluationService evaluationService;
    private final EvaluationRepository evaluations;
    private final ViewerZone zone;
    private final MentorshipsCsv csv;
    private final MentorshipStatistics statistics;
    private final Access access;

    MentorshipResource(
            MentorshipService mentorships,
            EvaluationService evaluationService,
            EvaluationRepository evaluations,
            ViewerZone zone,
            MentorshipsCsv csv,
            MentorshipStatistics statistics,
            Access access) {
        this.access = access;
        this.mentorships = mentorships;
        this.evaluationService = evaluationService;
        this.evaluations = evaluations;
        this.zone = zone;
        this.csv = csv;
        this.statistics = statistics;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listMentorships",
            summary = "The caller's mentorships",
            description = "A mentee's own, a mentor's mentees', all for a coordinator, her organisations' for an "
                    + "org-admin. organization narrows a coordinator's or org-admin's list to one organisation (an "
                    + "org-admin asking for another organisation: 404).")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.MentorshipPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (an organisation admin asking for another organisation)")
    public Page<Views.MentorshipView> list(
            @QueryParam("organization") @Size(max = 300) String organization,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return Page.of(mentorships.visible(organization), PageRequest.of(page, size), this::view);
    }

    @GET
    @Path("/export.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "exportMentorshipListCsv",
            summary = "The mentorships list as CSV, with evaluation outcomes (coordinators, org-admins)",
            description = SummaryDocs.EXPORT_MENTORSHIPS)
    @APIResponse(
            responseCode = "200",
            description = "Every mentorship of the list, newest first, one row each after a header row",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=\"mentorships.csv\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "mentorships", value = Examples.MENTORSHIPS_CSV)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (an organisation admin asking for another organisation)")
    public Response exportList(@QueryParam("organization") @Size(max = 300) String organization) {
        Set<String> scope = access.organizations(organization);
        StreamingOutput file = out -> csv.write(out, scope);
        return Response.ok(file, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"mentorships.csv\"")
                .build();
    }

    /** A term's statistics per project and per organisation (of one organisation where asked for). */
    public record StatisticsView(
            UUID termId,
            String organization,
            List<MentorshipStatistics.ProjectStatistics> projects,
            List<MentorshipStatistics.OrganizationStatistics> organizations) {}

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getMentorshipStatistics",
            summary = "A term's mentorships per project and organisation: outcomes, rates, mean scores (coordinators, "
                    + "org-admins)",
            description = SummaryDocs.GET_MENTORSHIP_STATISTICS)
    @APIResponse(
            responseCode = "200",
            description = "Per project of the term (none for an unknown term)",
            content =
                    @Content(
                            schema = @Schema(implementation = StatisticsView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "one project", value = Examples.STATISTICS)))
    @APIResponse(responseCode = "400", description = "validation-failed (no termId)")
    @APIResponse(
            responseCode = "404",
            description = "not-found (an organisation admin asking for another organisation)")
    public StatisticsView statistics(
            @QueryParam("termId") @NotNull UUID termId,
            @QueryParam("organization") @Size(max = 300) String organization) {
        Set<String> scope = access.organizations(organization);
        return new StatisticsView(
                termId, organization, statistics.ofTerm(termId, scope), statistics.byOrganization(termId, scope));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(operationId = "getMentorship", summary = "A mentorship with its evaluation schedule")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.MentorshipView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "mentorship", value = Examples.MENTORSHIP)))
    public Views.MentorshipView get(@PathParam("id") UUID id) {
        return view(mentorships.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getMentorshipHistory",
            summary = "Every status change of a mentorship (who, when, from, to, why)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = Views.MentorshipHistoryView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "history", value = """
                    [{"fromStatus":null,"toStatus":"ACTIVE","actor":"system","reason":"MenteeOnboarded","at":"2026-02-26T11:40:05Z"}]""")))
    public List<Views.MentorshipHistoryView> history(@PathParam("id") UUID id) {
        return mentorships.historyOf(id).stream()
                .map(Views.MentorshipHistoryView::of)
                .toList();
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "endMentorship",
            summary = "End a mentorship early (coordinators), optionally paying the earned installment",
            description = SummaryDocs.END_MENTORSHIP)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "cancelUnpaid", value = "{\"reason\":\"Left the program\"}"),
                                @ExampleObject(name = "payEarned", value = Examples.END_PAY_EARNED)
                            }))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.MentorshipView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "terminated", value = Examples.MENTORSHIP)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (you are the mentee of this mentorship)")
    @APIResponse(
            responseCode = "422",
            description = "earned-evaluation-required (PAY_EARNED without earnedEvaluation, or one without it), "
                    + "evaluation-not-earnable (not submitted, or beyond the last evaluation that was due)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "notEarnable", value = Examples.PROBLEM_NOT_EARNABLE)))
    @APIResponse(responseCode = "409", description = "mentorship-ended")
    public Views.MentorshipView end(@PathParam("id") UUID id, @Valid @NotNull Requests.EndMentorship body) {
        return view(mentorships.end(id, body.reason(), body.settlement(), body.earnedEvaluation()));
    }

    @POST
    @Path("/{id}/extensions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "extendMentorship",
            summary = "Extend a mentorship (coordinators)",
            description =
                    "Moves the next open evaluation, every later one and the end date by 1 to 5 weeks (at most 5 in total); publishes MentorshipExtended.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.MentorshipView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "extended", value = Examples.MENTORSHIP)))
    @APIResponse(
            responseCode = "422",
            description = "extension-limit-exceeded (more than 5 weeks in total), extension-weeks-out-of-range",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "limit", value = """
                    {"type":"https://mentorship.example.org/problems/extension-limit-exceeded","status":422}""")))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (you are the mentee of this mentorship)")
    public Views.MentorshipView extend(@PathParam("id") UUID id, @Valid @NotNull Requests.Extension body) {
        return view(evaluationService.extendByCoordinator(id, body.weeks(), body.reason()));
    }

    private Views.MentorshipView view(Mentorship m) {
        return Views.MentorshipView.of(m, evaluations.schedule(m.id), zone);
    }
}
