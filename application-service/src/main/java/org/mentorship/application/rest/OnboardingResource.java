package org.mentorship.application.rest;

import java.util.UUID;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.OnboardingDtos.OnboardingDto;
import org.mentorship.application.rest.OnboardingDtos.SignRequest;
import org.mentorship.application.service.OnboardingService;
import org.mentorship.platform.security.Roles;

import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/applications/{id}/onboarding")
@Tag(name = "Onboarding", description = "Contract signature and HR steps of an accepted mentee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final OnboardingService service;

    OnboardingResource(OnboardingService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(summary = "The onboarding of an accepted application: contract and HR steps")
    @APIResponse(responseCode = "200", description = "Onboarding state", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "onboarding", value = Examples.ONBOARDING)))
    @APIResponse(responseCode = "409", description = "not-accepted", content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public OnboardingDto get(@PathParam("id") UUID id) {
        return OnboardingDto.of(service.view(id));
    }

    @POST
    @Path("/contract")
    @RolesAllowed(Roles.MENTEE)
    @Operation(summary = "Sign the contract", description = "Keeps an immutable snapshot: version, text, legal name, time, client address. Once only (409 contract-already-signed), the current version only (409 contract-version-mismatch), while ACCEPTED (409 not-accepted).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sign", value = Examples.SIGN)))
    @APIResponse(responseCode = "200", description = "Signed", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "onboarding", value = Examples.ONBOARDING)))
    @APIResponse(responseCode = "409", description = "contract-already-signed, contract-version-mismatch, not-accepted", content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public OnboardingDto sign(@PathParam("id") UUID id, @Valid @NotNull SignRequest request, @Context HttpServerRequest http) {
        return OnboardingDto.of(service.sign(id, request.legalName(), request.contractVersion(), clientAddress(http)));
    }

    @POST
    @Path("/hr-steps/{step}")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Check off an HR step", description = "When the contract is signed and every step is done the application becomes ONBOARDED and MenteeOnboarded is published (with the new mentorshipId). Once per step (409 hr-step-done).")
    @APIResponse(responseCode = "200", description = "Checked off", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "onboarding", value = Examples.ONBOARDING)))
    @APIResponse(responseCode = "409", description = "hr-step-done, not-accepted", content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public OnboardingDto completeStep(@PathParam("id") UUID id, @PathParam("step") String step) {
        return OnboardingDto.of(service.completeHrStep(id, step));
    }

    /** The client's address: behind the gateway, the one it forwarded (see quarkus.http.proxy in platform). */
    private static String clientAddress(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }
}
