package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.ApplicantDtos.ProfileDto;
import org.mentorship.application.rest.ApplicantDtos.ProfileRequest;
import org.mentorship.application.service.ApplicantService;
import org.mentorship.application.service.ProfileService;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/applicants/me")
@Tag(name = "Applicant profile", description = "The signed-in applicant's contact details and time zone")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicantResource {

    private final ApplicantService service;
    private final ProfileService profiles;
    private final Caller caller;

    ApplicantResource(ApplicantService service, ProfileService profiles, Caller caller) {
        this.service = service;
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.MENTEE)
    @Operation(operationId = "getMyProfile", summary = "Read my applicant profile")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            content =
                    @Content(
                            schema = @Schema(implementation = ProfileDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "profile", value = Examples.PROFILE)))
    @APIResponse(
            responseCode = "404",
            description = "profile-missing",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public ProfileDto get() {
        return ProfileDto.of(service.get(caller.userId()), profiles);
    }

    @PUT
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "saveMyProfile",
            summary = "Create or change my applicant profile",
            description = ApplicantDocs.PUT)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "profile", value = Examples.PROFILE_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content =
                    @Content(
                            schema = @Schema(implementation = ProfileDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "profile", value = Examples.PROFILE)))
    @APIResponse(
            responseCode = "422",
            description = "phone-required, unknown-time-zone",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public ProfileDto put(@Valid @NotNull ProfileRequest request) {
        return ProfileDto.of(service.save(caller.userId(), request.version(), request.fields()), profiles);
    }
}
