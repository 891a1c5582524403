package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.SelectionDtos.RubricDto;
import org.mentorship.application.rest.SelectionDtos.RubricRequest;
import org.mentorship.application.service.ProjectService;
import org.mentorship.application.service.SelectionService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/projects/{projectId}/rubric")
@Tag(name = "Selection", description = "Preference order, rubrics, scores and screening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RubricResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final SelectionService service;
    private final ProjectService projects;

    RubricResource(SelectionService service, ProjectService projects) {
        this.service = service;
        this.projects = projects;
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "setProjectRubric",
            summary = "Set a project's rubric",
            description = SelectionDocs.SET_RUBRIC)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rubric", value = Examples.RUBRIC_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Set",
            content =
                    @Content(
                            schema = @Schema(implementation = RubricDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "rubric", value = Examples.RUBRIC)))
    @APIResponse(responseCode = "404", description = "not-found (no such project)")
    @APIResponse(
            responseCode = "409",
            description = "stale-write, rubric-in-use",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "version-required, invalid-rubric",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public RubricDto put(@PathParam("projectId") UUID projectId, @Valid @NotNull RubricRequest request) {
        return RubricDto.of(service.setRubric(projectId, request.version(), request.toCriteria()));
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getProjectRubric",
            summary = "Read a project's rubric",
            description = SelectionDocs.GET_RUBRIC)
    @APIResponse(
            responseCode = "200",
            description = "The rubric",
            content =
                    @Content(
                            schema = @Schema(implementation = RubricDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "rubric", value = Examples.RUBRIC)))
    @APIResponse(responseCode = "404", description = "not-found (no such project, or it has no rubric)")
    public RubricDto get(@PathParam("projectId") UUID projectId) {
        projects.getVisible(projectId); // an unpublished project is only the coordinators'
        return RubricDto.of(service.rubric(projectId));
    }
}
