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
import org.mentorship.application.rest.PersonProfileDtos.PersonProfileDto;
import org.mentorship.application.rest.PersonProfileDtos.PersonProfileRequest;
import org.mentorship.application.service.ProfileService;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/me/profile")
@Tag(name = "Person profile", description = "Every person's time zone and notice channels, whatever their role")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonProfileResource {

    private final ProfileService service;
    private final Caller caller;

    PersonProfileResource(ProfileService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "getMyPersonProfile",
            summary = "Read my time zone and notice channels",
            description = "UTC and email for every kind until I set them.")
    @APIResponse(
            responseCode = "200",
            description = "My settings",
            content =
                    @Content(
                            schema = @Schema(implementation = PersonProfileDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "profile", value = Examples.PERSON_PROFILE)))
    public PersonProfileDto get() {
        return PersonProfileDto.of(service.get(caller.userId()));
    }

    @PUT
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "saveMyPersonProfile",
            summary = "Set my time zone and notice channels",
            description = PeopleDocs.PROFILE)
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "profile", value = Examples.PERSON_PROFILE_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Saved (and PersonSettingsChanged published)",
            content =
                    @Content(
                            schema = @Schema(implementation = PersonProfileDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "profile", value = Examples.PERSON_PROFILE)))
    @APIResponse(
            responseCode = "422",
            description = "unknown-time-zone, unknown-notice-kind, unknown-channel, phone-not-offered, phone-required",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.UNKNOWN_NOTICE_KIND)))
    public PersonProfileDto put(@Valid @NotNull PersonProfileRequest request) {
        return PersonProfileDto.of(service.save(caller.userId(), request.timeZone(), request.channels()));
    }
}
