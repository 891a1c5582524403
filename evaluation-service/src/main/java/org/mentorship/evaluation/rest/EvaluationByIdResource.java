package org.mentorship.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.evaluation.repository.ReminderRepository;
import org.mentorship.evaluation.service.EvaluationService;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** Evaluations by id (read, appealed, reviewed), and the reminders about them addressed to the caller. */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationByIdResource {

    private final EvaluationService service;
    private final ReminderRepository reminders;
    private final Caller caller;

    private final ViewerZone zone;

    EvaluationByIdResource(EvaluationService service, ReminderRepository reminders, Caller caller, ViewerZone zone) {
        this.service = service;
        this.reminders = reminders;
        this.caller = caller;
        this.zone = zone;
    }

    @GET
    @Path("/{evaluationId}")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(operationId = "getEvaluationById", summary = "Read an evaluation by id")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.EvaluationView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "evaluation", value = Examples.EVALUATION)))
    public Views.EvaluationView get(@PathParam("evaluationId") UUID evaluationId) {
        var e = service.get(evaluationId);
        return Views.EvaluationView.of(
                e, service.seesPrivate(e.mentorshipId), service.seesMenteeFeedback(e.mentorshipId), zone);
    }

    @POST
    @Path("/{evaluationId}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "appealEvaluation",
            summary = "Appeal a FAIL under review (the mentee of the mentorship)",
            description = EvaluationDocs.APPEAL)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "appeal", value = Examples.APPEAL)))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.EvaluationView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "appealed", value = Examples.EVALUATION_UNDER_REVIEW)))
    @APIResponse(
            responseCode = "409",
            description = "evaluation-not-under-review, appeal-already-made, review-window-closed, mentorship-ended",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = {
                                @ExampleObject(name = "appealed", value = Examples.PROBLEM_APPEALED),
                                @ExampleObject(name = "notUnderReview", value = Examples.PROBLEM_NOT_UNDER_REVIEW)
                            }))
    @APIResponse(responseCode = "404", description = "not-found (no such evaluation, or another mentee's)")
    public Views.EvaluationView appeal(
            @PathParam("evaluationId") UUID evaluationId, @Valid @NotNull Requests.Appeal body) {
        var e = service.appeal(evaluationId, body.statement());
        return Views.EvaluationView.of(e, false, true, zone);
    }

    @PUT
    @Path("/{evaluationId}/mentee-feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "giveMenteeFeedback",
            summary = "The mentee evaluates the mentorship at this evaluation (the mentee of the mentorship)",
            description = EvaluationDocs.MENTEE_FEEDBACK)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "feedback", value = Examples.MENTEE_FEEDBACK)))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.EvaluationView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "given", value = Examples.EVALUATION_WITH_FEEDBACK)))
    @APIResponse(
            responseCode = "409",
            description = "mentee-feedback-given (once per evaluation), mentorship-ended",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "given", value = Examples.PROBLEM_FEEDBACK_GIVEN)))
    @APIResponse(
            responseCode = "422",
            description = "evaluation-window-not-open",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "window", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "404", description = "not-found (no such evaluation, or another mentee's)")
    public Views.EvaluationView menteeFeedback(
            @PathParam("evaluationId") UUID evaluationId, @Valid @NotNull Requests.MenteeFeedback body) {
        var e = service.menteeFeedback(evaluationId, body.mentorSupport(), body.hoursWorked(), body.comment());
        return Views.EvaluationView.of(e, false, true, zone);
    }

    @POST
    @Path("/{evaluationId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "reviewEvaluation",
            summary = "Confirm, overturn, or terminate and pay a FAIL under review (coordinators, org-admins)",
            description = EvaluationDocs.REVIEW)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "overturn", value = Examples.REVIEW),
                                @ExampleObject(name = "terminateAndPay", value = Examples.REVIEW_TERMINATE_AND_PAY)
                            }))
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.EvaluationView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "overturned", value = Examples.EVALUATION_OVERTURNED)))
    @APIResponse(
            responseCode = "409",
            description = "evaluation-not-under-review (already decided, or never a FAIL), mentorship-ended",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "decided", value = Examples.PROBLEM_NOT_UNDER_REVIEW)))
    @APIResponse(
            responseCode = "403",
            description = "self-dealing (you are the mentee or a mentor of this mentorship, or submitted the FAIL)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "selfDealing", value = Examples.PROBLEM_SELF_DEALING)))
    @APIResponse(responseCode = "404", description = "not-found (no such evaluation, or another organisation's)")
    public Views.EvaluationView review(
            @PathParam("evaluationId") UUID evaluationId, @Valid @NotNull Requests.Review body) {
        var e = service.review(evaluationId, body.decision(), body.reason());
        return Views.EvaluationView.of(e, true, service.seesMenteeFeedback(e.mentorshipId), zone);
    }

    @GET
    @Path("/reminders")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "listEvaluationReminders",
            summary = "Evaluation reminders sent to the caller",
            description = "A mentor's reminders; coordinators see every reminder and escalation.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.ReminderPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "reminders", value = Examples.REMINDERS)))
    public Page<Views.ReminderView> reminders(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        var query = caller.is(Roles.COORDINATOR) ? reminders.everything() : reminders.forRecipient(caller.userId());
        return Page.of(query, PageRequest.of(page, size), r -> Views.ReminderView.of(r, zone));
    }
}
