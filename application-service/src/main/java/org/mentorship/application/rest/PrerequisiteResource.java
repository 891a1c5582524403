package org.mentorship.application.rest;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.ApplicationDtos.EvidenceRequest;
import org.mentorship.application.rest.ApplicationDtos.ReturnRequest;
import org.mentorship.application.service.PrerequisiteService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/applications/{id}/prerequisites")
@Tag(name = "Prerequisites", description = "Evidence for an application's prerequisite tasks and its review by mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrerequisiteResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final PrerequisiteService service;

    private final ViewerZone zone;

    PrerequisiteResource(PrerequisiteService service, ViewerZone zone) {
        this.service = service;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listPrerequisites",
            summary = "The prerequisite tasks of an application and their progress")
    @APIResponse(
            responseCode = "200",
            description = "Prerequisites in order",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PrerequisiteDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "prerequisites", value = Examples.PREREQUISITES)))
    public List<PrerequisiteDto> list(@PathParam("id") UUID id) {
        var viewer = zone.get();
        return service.list(id).stream().map(i -> PrerequisiteDto.of(i, viewer)).toList();
    }

    @PUT
    @Path("/{taskId}/evidence")
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "submitPrerequisiteEvidence",
            summary = "Submit (or resubmit) evidence for a prerequisite",
            description = PrerequisiteDocs.SUBMIT)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "evidence", value = Examples.EVIDENCE)))
    @APIResponse(
            responseCode = "200",
            description = "Submitted",
            content =
                    @Content(
                            schema = @Schema(implementation = PrerequisiteDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "prerequisite", value = Examples.PREREQUISITE)))
    @APIResponse(
            responseCode = "409",
            description = "review-period-ended, prerequisite-already-approved, application-not-open",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public PrerequisiteDto submit(
            @PathParam("id") UUID id, @PathParam("taskId") UUID taskId, @Valid @NotNull EvidenceRequest request) {
        return PrerequisiteDto.of(service.submit(id, taskId, request.evidence()), zone.get());
    }

    @POST
    @Path("/{taskId}/approve")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "approvePrerequisite",
            summary = "Approve submitted evidence",
            description =
                    "By a mentor of the project (403 otherwise); only SUBMITTED evidence (409 prerequisite-not-submitted).")
    @APIResponse(
            responseCode = "200",
            description = "Approved",
            content =
                    @Content(
                            schema = @Schema(implementation = PrerequisiteDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "prerequisite", value = Examples.PREREQUISITE)))
    @APIResponse(
            responseCode = "409",
            description = "prerequisite-not-submitted, review-period-ended",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "403",
            description =
                    "forbidden, self-dealing (your own application), co-mentor-conflict (the applicant mentors it too)")
    public PrerequisiteDto approve(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return PrerequisiteDto.of(service.approve(id, taskId), zone.get());
    }

    @POST
    @Path("/{taskId}/return")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "returnPrerequisite",
            summary = "Return submitted evidence with a comment",
            description = "The applicant can then resubmit.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "return", value = Examples.RETURN)))
    @APIResponse(
            responseCode = "200",
            description = "Returned",
            content =
                    @Content(
                            schema = @Schema(implementation = PrerequisiteDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "prerequisite", value = Examples.PREREQUISITE)))
    @APIResponse(
            responseCode = "409",
            description = "prerequisite-not-submitted",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "403",
            description =
                    "forbidden, self-dealing (your own application), co-mentor-conflict (the applicant mentors it too)")
    public PrerequisiteDto sendBack(
            @PathParam("id") UUID id, @PathParam("taskId") UUID taskId, @Valid @NotNull ReturnRequest request) {
        return PrerequisiteDto.of(service.sendBack(id, taskId, request.comment()), zone.get());
    }
}
