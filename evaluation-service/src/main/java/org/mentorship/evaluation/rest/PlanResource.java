package org.mentorship.evaluation.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.PlanTask;
import org.mentorship.evaluation.model.TaskStatus;
import org.mentorship.evaluation.service.PlanService;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** The project plan of a mentorship: milestones and tasks. */
@Path("/api/v1/mentorships/{id}")
@Tag(name = "Project plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService plans;

    PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Path("/plan")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "getPlan",
            summary = "The project plan",
            description = "Milestones, tasks from starter to advanced, progress per kind.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.PlanView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    public Views.PlanView plan(@PathParam("id") UUID id) {
        return Views.PlanView.of(plans.plan(id));
    }

    @GET
    @Path("/milestones")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(operationId = "listMilestones", summary = "The milestones of the plan, by due date")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.MilestonePage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public Page<Views.MilestoneView> milestones(
            @PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Page.slice(
                plans.milestones(id).stream().map(Views.MilestoneView::of).toList(), PageRequest.of(page, size));
    }

    @GET
    @Path("/tasks")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "listTasks",
            summary = "The tasks of the plan, starter tasks first",
            description = "Optionally of one status.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.TaskPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public Page<Views.TaskView> tasks(
            @PathParam("id") UUID id,
            @QueryParam("status") TaskStatus status,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return Page.slice(
                plans.tasks(id, status).stream().map(Views.TaskView::of).toList(), PageRequest.of(page, size));
    }

    @POST
    @Path("/milestones")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Operation(operationId = "addMilestone", summary = "Add a milestone (mentors of the mentorship, coordinators)")
    @APIResponse(
            responseCode = "201",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.MilestoneView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "milestone", value = Examples.MILESTONE)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (you are the mentee of this mentorship)")
    public Response addMilestone(@PathParam("id") UUID id, @Valid @NotNull Requests.MilestoneBody body) {
        Milestone m = plans.addMilestone(id, body.toDraft());
        return Response.created(URI.create("/api/v1/mentorships/" + id + "/plan"))
                .entity(Views.MilestoneView.of(m))
                .build();
    }

    @PUT
    @Path("/milestones/{milestoneId}")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Operation(operationId = "updateMilestone", summary = "Edit a milestone that is not met yet")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.MilestoneView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "milestone", value = Examples.MILESTONE)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (you are the mentee of this mentorship)")
    public Views.MilestoneView editMilestone(
            @PathParam("id") UUID id,
            @PathParam("milestoneId") UUID milestoneId,
            @Valid @NotNull Requests.MilestoneBody body) {
        return Views.MilestoneView.of(plans.editMilestone(id, milestoneId, body.toDraft()));
    }

    @POST
    @Path("/milestones/{milestoneId}/met")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "confirmMilestoneMet",
            summary = "Confirm a milestone's acceptance criteria are met",
            description = "Every task of it must be done.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.MilestoneView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "met", value = Examples.MILESTONE)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (you are the mentee of this mentorship)")
    public Views.MilestoneView meet(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId) {
        return Views.MilestoneView.of(plans.meet(id, milestoneId));
    }

    @POST
    @Path("/tasks")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Operation(operationId = "addTask", summary = "Add a task (starter, standard or advanced)")
    @APIResponse(
            responseCode = "201",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.TaskView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (you are the mentee of this mentorship)")
    public Response addTask(@PathParam("id") UUID id, @Valid @NotNull Requests.TaskBody body) {
        PlanTask t = plans.addTask(id, body.toDraft());
        return Response.created(URI.create("/api/v1/mentorships/" + id + "/plan"))
                .entity(Views.TaskView.of(t))
                .build();
    }

    @PUT
    @Path("/tasks/{taskId}")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "updateTask",
            summary = "Edit a task that is not done yet (e.g. adapt a starter task to the project)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.TaskView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (you are the mentee of this mentorship)")
    public Views.TaskView editTask(
            @PathParam("id") UUID id, @PathParam("taskId") UUID taskId, @Valid @NotNull Requests.TaskBody body) {
        return Views.TaskView.of(plans.editTask(id, taskId, body.toDraft()));
    }

    @POST
    @Path("/tasks/{taskId}/status")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR})
    @Operation(operationId = "moveTask", summary = "Move a task", description = PlanDocs.MOVE_TASK)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.TaskView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (DONE on a task of your own mentorship)")
    public Views.TaskView move(
            @PathParam("id") UUID id, @PathParam("taskId") UUID taskId, @Valid @NotNull Requests.TaskMove body) {
        return Views.TaskView.of(plans.move(id, taskId, body.status(), body.evidenceLinks()));
    }
}
