package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.rest.PersonalDataDtos.PersonalDataDto;
import org.mentorship.application.service.PersonalDataService;
import org.mentorship.application.service.ProfileService;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

/**
 * The caller's data here, for the gateway's export. Like /api/v1/me/summary it is served at the service and not
 * routed by the gateway, so the merged document leaves it out.
 */
@Path("/api/v1/me/data")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final PersonalDataService service;
    private final ProfileService profiles;
    private final Caller caller;

    PersonalDataResource(PersonalDataService service, ProfileService profiles, Caller caller) {
        this.service = service;
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "getMyApplicationData",
            summary = "Everything application-service holds about me",
            description = PeopleDocs.DATA)
    @APIResponse(
            responseCode = "200",
            description = "My data",
            content =
                    @Content(
                            schema = @Schema(implementation = PersonalDataDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "data", value = Examples.PERSONAL_DATA)))
    public PersonalDataDto get() {
        return PersonalDataDto.of(service.of(caller.userId()), profiles);
    }
}
