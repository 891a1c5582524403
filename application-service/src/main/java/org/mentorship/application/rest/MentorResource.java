package org.mentorship.application.rest;

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
import java.net.URI;
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
import org.mentorship.application.model.MentorAssignment;
import org.mentorship.application.rest.MentorDtos.AcceptanceRequest;
import org.mentorship.application.rest.MentorDtos.AssignmentDto;
import org.mentorship.application.rest.MentorDtos.InvitationRequest;
import org.mentorship.application.rest.MentorDtos.ResignationRequest;
import org.mentorship.application.service.MentorService;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/projects/{projectId}/mentors")
@Tag(name = "Mentors", description = "A project's mentors: invited, active (agreement signed), resigned or replaced")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentorResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final MentorService service;

    MentorResource(MentorService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN, Roles.MENTOR})
    @Operation(operationId = "listProjectMentors", summary = "A project's mentors", description = MentorDocs.LIST)
    @APIResponse(
            responseCode = "200",
            description = "Every assignment of the project",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AssignmentDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "mentors", value = Examples.MENTORS)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden (a mentor of another project)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (no such project, or not one the caller may see)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public List<AssignmentDto> list(@PathParam("projectId") UUID projectId) {
        return service.list(projectId).stream().map(AssignmentDto::of).toList();
    }

    @POST
    @Path("/invitations")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(operationId = "inviteMentor", summary = "Invite a mentor to a project", description = MentorDocs.INVITE)
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = InvitationRequest.class),
                            examples = @ExampleObject(name = "invitation", value = Examples.MENTOR_INVITATION)))
    @APIResponse(
            responseCode = "201",
            description = "Invited",
            content =
                    @Content(
                            schema = @Schema(implementation = AssignmentDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "invited", value = Examples.MENTOR_INVITED)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (no such project, or another organisation's)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "409",
            description = "mentor-in-term, mentor-already-on-project, primary-mentor-taken",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "unknown-replaced-mentor",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "400", description = "validation-failed (e.g. a capacity outside 1 to 20)")
    public Response invite(@PathParam("projectId") UUID projectId, @Valid @NotNull InvitationRequest request) {
        MentorAssignment invited = service.invite(projectId, request.toInvitation());
        return Response.created(URI.create("/api/v1/projects/" + projectId + "/mentors"))
                .entity(AssignmentDto.of(invited))
                .build();
    }

    @POST
    @Path("/me/acceptance")
    @RolesAllowed(Roles.MENTOR)
    @Operation(
            operationId = "acceptMentorInvitation",
            summary = "Accept my invitation: sign the mentor agreement",
            description = MentorDocs.ACCEPT)
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = AcceptanceRequest.class),
                            examples = @ExampleObject(name = "acceptance", value = Examples.MENTOR_ACCEPTANCE)))
    @APIResponse(
            responseCode = "200",
            description = "Active",
            content =
                    @Content(
                            schema = @Schema(implementation = AssignmentDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "active", value = Examples.MENTOR_ACTIVE)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (no invitation of the caller to this project)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "409",
            description = "mentor-not-invited, mentor-agreement-version-mismatch, mentor-in-term, primary-mentor-taken",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public AssignmentDto accept(@PathParam("projectId") UUID projectId, @Valid @NotNull AcceptanceRequest request) {
        return AssignmentDto.of(service.accept(projectId, request.agreementVersion(), request.legalName()));
    }

    @POST
    @Path("/{mentorId}/resignation")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "resignMentor",
            summary = "Record that a mentor leaves the project",
            description = MentorDocs.RESIGN)
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = ResignationRequest.class),
                            examples = @ExampleObject(name = "resignation", value = Examples.MENTOR_RESIGNATION)))
    @APIResponse(
            responseCode = "200",
            description = "Resigned",
            content =
                    @Content(
                            schema = @Schema(implementation = AssignmentDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "resigned", value = Examples.MENTOR_RESIGNED)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden (another mentor)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (no such project or mentor, or another organisation's)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "409",
            description = "mentor-not-active",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public AssignmentDto resign(
            @PathParam("projectId") UUID projectId,
            @PathParam("mentorId") String mentorId,
            @Valid @NotNull ResignationRequest request) {
        return AssignmentDto.of(service.resign(projectId, mentorId, request.reason()));
    }
}
