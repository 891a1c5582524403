package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.model.CallTask;
import org.mentorship.application.rest.OnboardingDtos.CallDoneRequest;
import org.mentorship.application.rest.OnboardingDtos.CallTaskDto;
import org.mentorship.application.service.CallTaskService;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

@Path("/api/v1/call-tasks")
@Tag(name = "Call tasks", description = "Result calls to applicants who prefer the phone")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallTaskResource {

    private final CallTaskService service;
    private final ViewerZone zone;

    CallTaskResource(CallTaskService service, ViewerZone zone) {
        this.service = service;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listCallTasks",
            summary = "List call tasks, earliest due first (paged)",
            description = "Coordinators all; org-admins those of their organisations' applicants.")
    @APIResponse(
            responseCode = "200",
            description = "A page of call tasks",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.CallTaskPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.CALL_TASKS)))
    public Page<CallTaskDto> list(
            @QueryParam("status") CallTask.Status status,
            @QueryParam("applicationId") UUID applicationId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        var viewer = zone.get();
        return Page.of(service.list(status, applicationId, p), p, t -> CallTaskDto.of(t, viewer));
    }

    @POST
    @Path("/{id}/done")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "completeCallTask",
            summary = "Record that the call was made",
            description = "Once (409 call-task-closed).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "done", value = Examples.CALL_DONE)))
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content =
                    @Content(
                            schema = @Schema(implementation = CallTaskDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "task", value = Examples.CALL_TASK)))
    @APIResponse(
            responseCode = "409",
            description = "call-task-closed",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (also a call about a decision the term's announcement embargo still holds)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public CallTaskDto done(@PathParam("id") UUID id, @Valid CallDoneRequest request) {
        return CallTaskDto.of(service.complete(id, request == null ? null : request.note()), zone.get());
    }
}
