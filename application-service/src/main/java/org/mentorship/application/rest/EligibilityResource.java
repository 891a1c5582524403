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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.EligibilityDtos.AnswerDto;
import org.mentorship.application.rest.EligibilityDtos.AnswerRequest;
import org.mentorship.application.service.EligibilityService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/terms/{termId}/eligibility")
@Tag(name = "Eligibility", description = "A term's eligibility questions, their rules and each applicant's answer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final EligibilityService service;

    EligibilityResource(EligibilityService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "answerEligibility",
            summary = "Answer a term's eligibility questions (once)",
            description = EligibilityDocs.ANSWER)
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "answer", value = Examples.ELIGIBILITY_ANSWER_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Answered",
            content =
                    @Content(
                            schema = @Schema(implementation = AnswerDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "answer", value = Examples.ELIGIBILITY_ANSWER)))
    @APIResponse(responseCode = "404", description = "not-found (no such term)")
    @APIResponse(responseCode = "409", description = "eligibility-already-answered")
    @APIResponse(responseCode = "422", description = "unknown-country")
    public Response put(@PathParam("termId") UUID termId, @Valid @NotNull AnswerRequest request) {
        AnswerDto answer = AnswerDto.of(service.answer(termId, request.fields()));
        return Response.created(URI.create("/api/v1/terms/" + termId + "/eligibility"))
                .entity(answer)
                .build();
    }

    @GET
    @RolesAllowed(Roles.MENTEE)
    @Operation(operationId = "getMyEligibility", summary = "Read my answer to a term's eligibility questions")
    @APIResponse(
            responseCode = "200",
            description = "My answer",
            content =
                    @Content(
                            schema = @Schema(implementation = AnswerDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "answer", value = Examples.ELIGIBILITY_ANSWER)))
    @APIResponse(responseCode = "404", description = "eligibility-not-answered, not-found (no such term)")
    public AnswerDto get(@PathParam("termId") UUID termId) {
        return AnswerDto.of(service.myAnswer(termId));
    }
}
