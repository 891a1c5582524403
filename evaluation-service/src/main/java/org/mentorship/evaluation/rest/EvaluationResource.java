package org.mentorship.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.service.EvaluationService;
import org.mentorship.evaluation.service.EvidenceService;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;

/** The evaluations of one mentorship, by number (1 to 3 or 4). */
@Path("/api/v1/mentorships/{id}/evaluations")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService service;
    private final EvidenceService evidence;

    private final ViewerZone zone;

    EvaluationResource(EvaluationService service, EvidenceService evidence, ViewerZone zone) {
        this.service = service;
        this.evidence = evidence;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listEvaluations",
            summary = "The evaluations of a mentorship, in order",
            description = "The mentee never sees private comments; a mentor never sees the mentee's evaluation of the "
                    + "mentorship (menteeFeedback, for coordinators, the organisation's org-admins and the mentee).")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.EvaluationPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public Page<Views.EvaluationView> list(@PathParam("id") UUID id) {
        boolean withPrivate = service.seesPrivate(id);
        boolean withFeedback = service.seesMenteeFeedback(id);
        return Page.all(service.schedule(id).stream()
                .map(e -> Views.EvaluationView.of(e, withPrivate, withFeedback, zone))
                .toList());
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(operationId = "getEvaluation", summary = "One evaluation")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.EvaluationView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "evaluation", value = Examples.EVALUATION)))
    public Views.EvaluationView get(@PathParam("id") UUID id, @PathParam("number") int number) {
        Evaluation e = service.get(id, number);
        return Views.EvaluationView.of(e, service.seesPrivate(id), service.seesMenteeFeedback(id), zone);
    }

    @POST
    @Path("/{number}")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "submitEvaluation",
            summary = "Submit an evaluation (a mentor of the mentorship, or a coordinator or the organisation's "
                    + "org-admin on behalf of an absent one)",
            description = EvaluationDocs.SUBMIT_EVALUATION)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "pass", value = Examples.SUBMIT),
                                @ExampleObject(name = "onBehalf", value = Examples.SUBMIT_ON_BEHALF)
                            }))
    @APIResponse(
            responseCode = "201",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.EvaluationView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "submitted", value = Examples.EVALUATION),
                                @ExampleObject(name = "failUnderReview", value = Examples.EVALUATION_UNDER_REVIEW)
                            }))
    @APIResponse(
            responseCode = "422",
            description = EvaluationDocs.SUBMIT_EVALUATION_422,
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = {
                                @ExampleObject(name = "window", value = Examples.PROBLEM),
                                @ExampleObject(name = "onBehalfReason", value = Examples.PROBLEM_ON_BEHALF)
                            }))
    @APIResponse(
            responseCode = "409",
            description =
                    "evaluation-locked (already submitted or under review), previous-evaluation-pending (the previous one has not passed), mentorship-ended")
    @APIResponse(
            responseCode = "403",
            description = "forbidden (a coordinator without onBehalfOfMentor, a mentor with it), self-dealing (you are "
                    + "the mentee of this mentorship)")
    public Response submit(
            @PathParam("id") UUID id, @PathParam("number") int number, @Valid @NotNull Requests.SubmitEvaluation body) {
        String onBehalfReason = body.onBehalf() ? Objects.requireNonNullElse(body.onBehalfReason(), "") : null;
        Evaluation e = service.submit(id, number, body.toSubmission(), onBehalfReason);
        return Response.created(URI.create("/api/v1/mentorships/" + id + "/evaluations/" + number))
                .entity(Views.EvaluationView.of(e, true, zone))
                .build();
    }

    @POST
    @Path("/{number}/reopen")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "reopenEvaluation",
            summary = "Reopen a submitted evaluation (coordinators)",
            description = "The reason is kept in its history.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.EvaluationView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "reopened", value = Examples.EVALUATION)))
    @APIResponse(
            responseCode = "409",
            description =
                    "evaluation-not-submitted, evaluation-under-review (decide its review instead), mentorship-ended")
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (you are the mentee of this mentorship)")
    public Views.EvaluationView reopen(
            @PathParam("id") UUID id, @PathParam("number") int number, @Valid @NotNull Requests.Reason body) {
        return Views.EvaluationView.of(service.reopen(id, number, body.reason()), true, zone);
    }

    @GET
    @Path("/{number}/evidence")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "getEvaluationEvidence",
            summary = "The evidence of the evaluation's period",
            description = "Tasks done, milestones met and participation between the previous due date and this one.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.EvidenceView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "evidence", value = Examples.EVIDENCE)))
    public Views.EvidenceView evidence(@PathParam("id") UUID id, @PathParam("number") int number) {
        return Views.EvidenceView.of(evidence.of(id, number));
    }

    @GET
    @Path("/{number}/history")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "getEvaluationHistory",
            summary = "Every submission, extension and reopening of an evaluation",
            description = "For mentors of the mentorship and coordinators; its own mentee (whatever else her token "
                    + "holds) gets 403.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = Views.EvaluationHistoryView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    public List<Views.EvaluationHistoryView> history(@PathParam("id") UUID id, @PathParam("number") int number) {
        return service.historyOf(id, number).stream()
                .map(Views.EvaluationHistoryView::of)
                .toList();
    }
}
