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
import org.mentorship.application.rest.SelectionDtos.ScoreRequest;
import org.mentorship.application.rest.SelectionDtos.ScoreSetDto;
import org.mentorship.application.rest.SelectionDtos.ScoresDto;
import org.mentorship.application.service.SelectionService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/applications/{applicationId}/scores")
@Tag(name = "Selection", description = "Preference order, rubrics, scores and screening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoreResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final SelectionService service;

    ScoreResource(SelectionService service) {
        this.service = service;
    }

    @PUT
    @Path("/mine")
    @RolesAllowed(Roles.MENTOR)
    @Operation(
            operationId = "scoreApplication",
            summary = "Score an application on its project's rubric",
            description = SelectionDocs.SCORE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "score", value = Examples.SCORE_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "My score set",
            content =
                    @Content(
                            schema = @Schema(implementation = ScoreSetDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "score", value = Examples.SCORE)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden (not a mentor of the project), self-dealing, co-mentor-conflict")
    @APIResponse(responseCode = "404", description = "not-found")
    @APIResponse(
            responseCode = "409",
            description = "application-not-open (decided or withdrawn), no-rubric",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-scores",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public ScoreSetDto put(@PathParam("applicationId") UUID applicationId, @Valid @NotNull ScoreRequest request) {
        return ScoreSetDto.of(service.score(applicationId, request.scores(), request.comment()));
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getApplicationScores",
            summary = "Read an application's scores",
            description = SelectionDocs.SCORES)
    @APIResponse(
            responseCode = "200",
            description = "The scores the caller may read",
            content =
                    @Content(
                            schema = @Schema(implementation = ScoresDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "scores", value = Examples.SCORES)))
    @APIResponse(responseCode = "403", description = "forbidden (a mentor of another project)")
    @APIResponse(responseCode = "404", description = "not-found (also the applicant herself)")
    public ScoresDto get(@PathParam("applicationId") UUID applicationId) {
        return ScoresDto.of(service.scores(applicationId));
    }
}
