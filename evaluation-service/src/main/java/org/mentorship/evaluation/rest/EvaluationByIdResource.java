package org.mentorship.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.evaluation.repository.ReminderRepository;
import org.mentorship.evaluation.service.EvaluationService;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** Evaluations by id, and the reminders about them addressed to the caller. */
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
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
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
        return Views.EvaluationView.of(e, service.seesPrivate(e.mentorshipId), zone);
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
