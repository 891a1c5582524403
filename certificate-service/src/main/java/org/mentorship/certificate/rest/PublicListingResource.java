package org.mentorship.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.mentorship.certificate.rest.GraduateDtos.PublicListing;
import org.mentorship.certificate.rest.GraduateDtos.PublicListingDto;
import org.mentorship.certificate.service.CompletionService;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.security.Roles;

/** The mentee's opt-in to the public list of graduates. */
@Path("/api/v1/completions/{mentorshipId}/public-listing")
@Tag(name = "Completion records", description = "The checklist towards the Letter of Completion, per mentorship")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicListingResource {

    private final CompletionService completions;
    private final Access access;

    PublicListingResource(CompletionService completions, Access access) {
        this.completions = completions;
        this.access = access;
    }

    @PUT
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "setPublicListing",
            summary = "Be listed (or not) among the term's graduates (the mentee)",
            description = "Off until the mentee turns it on. While on and her Letter of Completion is valid, "
                    + "GET /api/v1/graduates shows her name as on the letter, project, term, work product and "
                    + "verification link; a revoked letter is never listed.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicListing.class),
                            examples = @ExampleObject(name = "opt-in", value = GraduateDtos.LISTING_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "The choice as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublicListingDto.class),
                            examples = @ExampleObject(name = "listed", value = GraduateDtos.LISTING)))
    @APIResponse(
            responseCode = "403",
            description = "forbidden (a mentor or coordinator: only the mentee decides)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = GraduateDtos.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (no such record, or another mentee's)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not-found", value = GraduateDtos.NOT_FOUND)))
    public PublicListingDto set(@PathParam("mentorshipId") UUID mentorshipId, @Valid @NotNull PublicListing body) {
        return PublicListingDto.of(completions.listPublicly(mentorshipId, body.listed(), access::requireMentee));
    }
}
