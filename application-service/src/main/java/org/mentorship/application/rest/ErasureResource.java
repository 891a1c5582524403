package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.ErasureDtos.ErasureRequestDto;
import org.mentorship.application.service.ErasureService;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

/** The person asks to be forgotten (the record of requests is {@link ErasureRequestResource}). */
@Path("/api/v1/me/erasure")
@Tag(name = "Privacy", description = "A person's data: their export part and their erasure")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    private final ErasureService service;
    private final Caller caller;

    ErasureResource(ErasureService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(operationId = "requestMyErasure", summary = "Ask to be forgotten", description = PeopleDocs.ERASE)
    @APIResponse(
            responseCode = "202",
            description = "Recorded, and carried out in application-service",
            content =
                    @Content(
                            schema = @Schema(implementation = ErasureRequestDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "request", value = Examples.ERASURE_REQUEST)))
    @APIResponse(
            responseCode = "409",
            description = "erasure-not-now",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.ERASURE_NOT_NOW)))
    public Response erase() {
        return Response.accepted(ErasureRequestDto.of(service.request(caller.userId())))
                .build();
    }
}
