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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.service.MentorshipService;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.security.Roles;

/** The program output of a mentorship: the mentee's work-product link and final report, a mentor's confirmation. */
@Path("/api/v1/mentorships/{id}/output")
@Tag(name = "Mentorships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutputResource {

    private static final String PROBLEM = "application/problem+json";

    private final MentorshipService mentorships;
    private final ViewerZone zone;

    OutputResource(MentorshipService mentorships, ViewerZone zone) {
        this.mentorships = mentorships;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(operationId = "getProgramOutput", summary = OutputDocs.GET_SUMMARY, description = OutputDocs.GET)
    @APIResponse(
            responseCode = "200",
            description = "The output (empty fields until the mentee submits it) and its window",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.OutputView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "confirmed", value = Examples.OUTPUT)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (no such mentorship, or another mentee's)",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not-found", value = OutputDocs.NOT_FOUND)))
    public Views.OutputView get(@PathParam("id") UUID id) {
        Mentorship m = mentorships.get(id);
        return Views.OutputView.of(m, mentorships.finalEvaluation(m), zone);
    }

    @PUT
    @RolesAllowed(Roles.MENTEE)
    @Operation(operationId = "submitProgramOutput", summary = OutputDocs.PUT_SUMMARY, description = OutputDocs.PUT)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = Requests.Output.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "output", value = Examples.OUTPUT_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "The output as it is now (not confirmed if it changed)",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.OutputView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "submitted", value = Examples.OUTPUT)))
    @APIResponse(
            responseCode = "422",
            description = OutputDocs.PUT_422,
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "url", value = OutputDocs.URL_INVALID)))
    @APIResponse(
            responseCode = "409",
            description = "output-window-closed (the final evaluation was submitted), mentorship-ended",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "closed", value = OutputDocs.CLOSED)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden (a mentor or coordinator: only the mentee submits the output)",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = OutputDocs.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (no such mentorship, or another mentee's)",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not-found", value = OutputDocs.NOT_FOUND)))
    public Views.OutputView submit(@PathParam("id") UUID id, @Valid @NotNull Requests.Output body) {
        Mentorship m = mentorships.submitOutput(id, body.workProductUrl(), body.finalReport());
        return Views.OutputView.of(m, mentorships.finalEvaluation(m), zone);
    }

    @POST
    @Path("/confirmation")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.MENTOR)
    @Operation(
            operationId = "confirmProgramOutput",
            summary = OutputDocs.CONFIRM_SUMMARY,
            description = OutputDocs.CONFIRM)
    @APIResponse(
            responseCode = "200",
            description = "The output, confirmed",
            content =
                    @Content(
                            schema = @Schema(implementation = Views.OutputView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "confirmed", value = Examples.OUTPUT)))
    @APIResponse(
            responseCode = "422",
            description = "output-window-not-open (before the final evaluation's window)",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not-open", value = OutputDocs.NOT_OPEN)))
    @APIResponse(
            responseCode = "409",
            description = "output-missing (nothing submitted), output-window-closed, mentorship-ended",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "missing", value = OutputDocs.MISSING)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden (not a mentor of this mentorship), self-dealing (you are its mentee)",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = OutputDocs.FORBIDDEN)))
    public Views.OutputView confirm(@PathParam("id") UUID id) {
        Mentorship m = mentorships.confirmOutput(id);
        return Views.OutputView.of(m, mentorships.finalEvaluation(m), zone);
    }
}
