package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.ErasureDtos.ErasureRequestDto;
import org.mentorship.application.service.ErasureService;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** The record of erasure requests, for coordinators. */
@Path("/api/v1/erasure-requests")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureRequestResource {

    private final ErasureService service;

    ErasureRequestResource(ErasureService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listErasureRequests",
            summary = "List erasure requests, newest first (paged)",
            description = PeopleDocs.ERASURE_REQUESTS)
    @APIResponse(
            responseCode = "200",
            description = "A page of erasure requests",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.ErasureRequestPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.ERASURE_REQUESTS)))
    @APIResponse(
            responseCode = "400",
            description = "invalid-page",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public Page<ErasureRequestDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        return Page.of(service.list(), p, ErasureRequestDto::of);
    }
}
