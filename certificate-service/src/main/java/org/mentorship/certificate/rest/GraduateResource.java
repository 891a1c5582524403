package org.mentorship.certificate.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.certificate.rest.GraduateDtos.GraduateDto;
import org.mentorship.certificate.service.GraduateService;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** The public, opt-in list of a term's graduates (no sign-in). */
@Path("/api/v1/graduates")
@Tag(name = "Certificates", description = "Letters of Completion: PDF, public verification, revocation")
@Produces(MediaType.APPLICATION_JSON)
public class GraduateResource {

    private final GraduateService graduates;

    GraduateResource(GraduateService graduates) {
        this.graduates = graduates;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listGraduates",
            summary = "A term's graduates who chose to be listed (no sign-in)",
            description = "Holders of a valid (not revoked) Letter of Completion of the term who opted in "
                    + "(PUT /api/v1/completions/{mentorshipId}/public-listing), by name: the name as on the letter, "
                    + "project, term, work product and verification link.")
    @APIResponse(
            responseCode = "200",
            description = "A page of graduates",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GraduateDtos.GraduatePage.class),
                            examples = @ExampleObject(name = "graduates", value = GraduateDtos.PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "validation-failed (termId missing), invalid-page",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "no-term", value = GraduateDtos.BAD_REQUEST)))
    public Page<GraduateDto> list(
            @QueryParam("termId") @NotNull UUID termId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Page<org.mentorship.certificate.model.Certificate> listed =
                graduates.listed(termId, PageRequest.of(page, size));
        return new Page<>(
                listed.items().stream().map(GraduateDto::of).toList(), listed.page(), listed.size(), listed.total());
    }
}
