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
import org.mentorship.application.rest.MentorDtos.AgreementDto;
import org.mentorship.application.service.MentorService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/mentor-agreement")
@Tag(name = "Mentors", description = "A project's mentors: invited, active (agreement signed), resigned or replaced")
@Produces(MediaType.APPLICATION_JSON)
public class MentorAgreementResource {

    private final MentorService service;

    MentorAgreementResource(MentorService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getMentorAgreement",
            summary = "The current mentor agreement",
            description = MentorDocs.AGREEMENT)
    @APIResponse(
            responseCode = "200",
            description = "Its text and version",
            content =
                    @Content(
                            schema = @Schema(implementation = AgreementDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "agreement", value = Examples.MENTOR_AGREEMENT)))
    public AgreementDto get() {
        return AgreementDto.of(service.agreement());
    }
}
