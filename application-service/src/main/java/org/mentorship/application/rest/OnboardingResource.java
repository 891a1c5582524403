package org.mentorship.application.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.OnboardingDtos.OnboardingDto;
import org.mentorship.application.rest.OnboardingDtos.SignRequest;
import org.mentorship.application.service.Access;
import org.mentorship.application.service.OnboardingService;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/applications/{id}/onboarding")
@Tag(name = "Onboarding", description = "Contract signature and HR steps of an accepted mentee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final OnboardingService service;
    private final Caller caller;
    private final Access access;

    OnboardingResource(OnboardingService service, Caller caller, Access access) {
        this.service = service;
        this.caller = caller;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getOnboarding",
            summary = "The onboarding of an accepted application: contract and HR steps")
    @APIResponse(
            responseCode = "200",
            description = "Onboarding state",
            content =
                    @Content(
                            schema = @Schema(implementation = OnboardingDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "onboarding", value = Examples.ONBOARDING)))
    @APIResponse(
            responseCode = "409",
            description = "not-accepted",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public OnboardingDto get(@PathParam("id") UUID id) {
        OnboardingService.State state = service.view(id);
        // Mentors read the onboarding of their projects' mentees, but not the name and address signed with.
        boolean signerDetails =
                access.runs(state.application()) || caller.userId().equals(state.application().applicantId);
        return OnboardingDto.of(state, signerDetails);
    }

    @POST
    @Path("/contract")
    @RolesAllowed(Roles.MENTEE)
    @Operation(operationId = "signContract", summary = "Sign the contract", description = OnboardingDocs.SIGN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sign", value = Examples.SIGN)))
    @APIResponse(
            responseCode = "200",
            description = "Signed",
            content =
                    @Content(
                            schema = @Schema(implementation = OnboardingDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "onboarding", value = Examples.ONBOARDING)))
    @APIResponse(
            responseCode = "409",
            description = "contract-already-signed, contract-version-mismatch, not-accepted",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public OnboardingDto sign(
            @PathParam("id") UUID id, @Valid @NotNull SignRequest request, @Context HttpServerRequest http) {
        return OnboardingDto.of(service.sign(id, request.legalName(), request.contractVersion(), clientAddress(http)));
    }

    @POST
    @Path("/hr-steps/{step}")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "completeHrStep",
            summary = "Check off an HR step",
            description = OnboardingDocs.COMPLETE_STEP)
    @APIResponse(
            responseCode = "200",
            description = "Checked off",
            content =
                    @Content(
                            schema = @Schema(implementation = OnboardingDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "onboarding", value = Examples.ONBOARDING)))
    @APIResponse(
            responseCode = "409",
            description = "hr-step-done, not-accepted",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "403", description = "forbidden, self-dealing (your own onboarding)")
    public OnboardingDto completeStep(@PathParam("id") UUID id, @PathParam("step") String step) {
        return OnboardingDto.of(service.completeHrStep(id, step));
    }

    /** The client's address: behind the gateway, the one it forwarded (see quarkus.http.proxy in platform). */
    private static String clientAddress(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null
                ? null
                : http.remoteAddress().hostAddress();
    }
}
