package org.mentorship.evaluation.rest;

import java.net.URI;
import java.util.UUID;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.service.EvaluationService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/evaluations")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService service;

    EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Operation(summary = "Submit an evaluation", description = "A pass publishes EvaluationPassed; the evaluation is locked once submitted.")
    public Response submit(@Valid @NotNull SubmitEvaluationRequest request) {
        Evaluation evaluation = service.submit(request.mentorshipId(), request.number(), request.total(), request.outcome());
        return Response.created(URI.create("/api/v1/evaluations/" + evaluation.id)).entity(EvaluationDto.of(evaluation)).build();
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Read an evaluation")
    public EvaluationDto get(@PathParam("id") UUID id) {
        return EvaluationDto.of(service.get(id));
    }
}
