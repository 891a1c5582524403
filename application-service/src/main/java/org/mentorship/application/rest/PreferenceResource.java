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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.model.Application;
import org.mentorship.application.repository.ProjectRepository;
import org.mentorship.application.rest.SelectionDtos.PreferenceEntry;
import org.mentorship.application.rest.SelectionDtos.PreferencesDto;
import org.mentorship.application.rest.SelectionDtos.PreferencesRequest;
import org.mentorship.application.service.SelectionService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/terms/{termId}/preferences")
@Tag(name = "Selection", description = "Preference order, rubrics, scores and screening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final SelectionService service;
    private final ProjectRepository projects;

    PreferenceResource(SelectionService service, ProjectRepository projects) {
        this.service = service;
        this.projects = projects;
    }

    @PUT
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "rankMyApplications",
            summary = "Rank my applications of a term",
            description = SelectionDocs.RANK)
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Ranked",
            content =
                    @Content(
                            schema = @Schema(implementation = PreferencesDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES)))
    @APIResponse(
            responseCode = "422",
            description = "preferences-mismatch",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "404", description = "not-found (no such term)")
    public PreferencesDto put(@PathParam("termId") UUID termId, @Valid @NotNull PreferencesRequest request) {
        return dto(termId, service.rank(termId, request.applicationIds()));
    }

    @GET
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "getMyPreferences",
            summary = "Read my order of my applications of a term",
            description = SelectionDocs.PREFERENCES)
    @APIResponse(
            responseCode = "200",
            description = "My applications of the term in my order",
            content =
                    @Content(
                            schema = @Schema(implementation = PreferencesDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES)))
    @APIResponse(responseCode = "404", description = "not-found (no such term)")
    public PreferencesDto get(@PathParam("termId") UUID termId) {
        return dto(termId, service.preferences(termId));
    }

    private PreferencesDto dto(UUID termId, List<Application> ordered) {
        return new PreferencesDto(
                termId,
                ordered.stream()
                        .map(a -> PreferenceEntry.of(a, projects.findById(a.projectId)))
                        .toList());
    }
}
