package org.mentorship.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.evaluation.model.Participation;
import org.mentorship.evaluation.service.ParticipationService;
import org.mentorship.platform.idempotency.IdempotencyKeys;
import org.mentorship.platform.idempotency.Idempotent;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** Community participation of a mentorship: meetings, discussions, contributions, mentor contact. */
@Path("/api/v1/mentorships/{id}/participation")
@Tag(name = "Participation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipationResource {

    private final ParticipationService service;

    ParticipationResource(ParticipationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "recordParticipation",
            summary = "Record participation (the mentee, a mentor of the mentorship, a coordinator)",
            description = ParticipationDocs.RECORD_PARTICIPATION)
    @APIResponse(
            responseCode = "201",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.ParticipationView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "meeting", value = Examples.PARTICIPATION)))
    @Idempotent
    public Response record(
            @PathParam("id") UUID id,
            @Valid @NotNull Requests.ParticipationBody body,
            // Documented and bounded here; the platform's interceptor acts on it (IdempotencyKeys).
            @HeaderParam(IdempotencyKeys.HEADER) @Size(min = 1, max = 200) String idempotencyKey) {
        Participation recorded = service.record(id, body.toDraft());
        return Response.created(URI.create("/api/v1/mentorships/" + id + "/participation"))
                .entity(Views.ParticipationView.of(recorded))
                .build();
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(operationId = "listParticipation", summary = "Recorded participation, newest first")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.ParticipationPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public Page<Views.ParticipationView> list(
            @PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Page.of(service.list(id), PageRequest.of(page, size), Views.ParticipationView::of);
    }

    @GET
    @Path("/periods")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "listParticipationPeriods",
            summary = "Participation counted per evaluation period, with the last mentor contact")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Views.PeriodView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "periods", value = Examples.PERIODS)))
    public List<Views.PeriodView> periods(@PathParam("id") UUID id) {
        return service.periods(id).stream().map(Views.PeriodView::of).toList();
    }
}
