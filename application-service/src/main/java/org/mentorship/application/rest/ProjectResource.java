package org.mentorship.application.rest;

import static org.mentorship.application.problem.ApplicationProblems.VERSION_REQUIRED;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.model.Project;
import org.mentorship.application.rest.ProjectDtos.ProjectDto;
import org.mentorship.application.rest.ProjectDtos.ProjectRequest;
import org.mentorship.application.service.ProjectService;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Projects of a term: mentors, slots, prerequisites; searchable when published")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectService service;

    ProjectResource(ProjectService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "createProject",
            summary = "Create a project",
            description = "Coordinators for any organisation; org-admins for one they administer (403 otherwise).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "project", value = Examples.PROJECT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            schema = @Schema(implementation = ProjectDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "project", value = Examples.PROJECT)))
    @APIResponse(
            responseCode = "422",
            description = "unknown-term, invalid-project-hours, schedule-outside-term, schedule-too-short",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "409", description = "mentor-in-term (a mentor has an application in the term)")
    @APIResponse(
            responseCode = "403",
            description = "forbidden (an organisation admin, for an organisation she does not run)")
    public Response create(@Valid @NotNull ProjectRequest request) {
        Project project = service.create(request.fields());
        return Response.created(URI.create("/api/v1/projects/" + project.id))
                .entity(ProjectDto.of(project, service.schedule(project), true))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(operationId = "updateProject", summary = "Change a project", description = ProjectDocs.UPDATE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "project", value = Examples.PROJECT_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(
                            schema = @Schema(implementation = ProjectDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "project", value = Examples.PROJECT)))
    @APIResponse(
            responseCode = "409",
            description = "stale-write, project-has-applications, slots-below-accepted, mentor-in-term, schedule-fixed",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "unknown-term, invalid-project-hours, schedule-outside-term, schedule-too-short",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (also a project of an organisation the caller does not administer)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden (an organisation admin moving it to an organisation she does not run)")
    public ProjectDto update(@PathParam("id") UUID id, @Valid @NotNull ProjectRequest request) {
        if (request.version() == null) {
            throw VERSION_REQUIRED.with("Send the version you read");
        }
        Project project = service.update(id, request.version(), request.fields());
        return ProjectDto.of(project, service.schedule(project), true);
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "searchProjects",
            summary = "Search projects (paged)",
            description = "Published projects for everyone; coordinators add includeUnpublished=true to see drafts, "
                    + "org-admins to see their organisations' drafts.")
    @APIResponse(
            responseCode = "200",
            description = "A page of projects",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.ProjectPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public Page<ProjectDto> search(
            @QueryParam("termId") UUID termId,
            @QueryParam("organization") String organization,
            @QueryParam("skill") String skill,
            @Parameter(description = "true: only projects whose term takes applications now") @QueryParam("open")
                    Boolean open,
            @QueryParam("includeUnpublished") boolean includeUnpublished,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        return Page.of(
                service.search(termId, organization, skill, open, includeUnpublished, p),
                p,
                project -> ProjectDto.of(project, service.schedule(project), service.seesMentorContacts(project)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            operationId = "getProject",
            summary = "Read a project",
            description =
                    "An unpublished project is not found except for coordinators and its organisation's org-admins.")
    @APIResponse(
            responseCode = "200",
            description = "The project",
            content =
                    @Content(
                            schema = @Schema(implementation = ProjectDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "project", value = Examples.PROJECT)))
    @APIResponse(
            responseCode = "404",
            description = "not-found",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public ProjectDto get(@PathParam("id") UUID id) {
        Project project = service.getVisible(id);
        return ProjectDto.of(project, service.schedule(project), service.seesMentorContacts(project));
    }
}
