package org.mentorship.application.rest;

import static org.mentorship.application.problem.ApplicationProblems.VERSION_REQUIRED;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.application.model.Term;
import org.mentorship.application.policy.ReviewPolicy;
import org.mentorship.application.rest.TermDtos.TermDto;
import org.mentorship.application.rest.TermDtos.TermRequest;
import org.mentorship.application.service.TermService;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

@Path("/api/v1/terms")
@Tag(name = "Terms", description = "Cohorts: application window, review period, program dates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {

    private final TermService service;
    private final Clock clock;
    private final ViewerZone zone;

    TermResource(TermService service, Clock clock, ViewerZone zone) {
        this.zone = zone;
        this.service = service;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "createTerm",
            summary = "Create a term",
            description = "Refused (422 review-period-too-short, invalid-term-dates) when the review period is under "
                    + ReviewPolicy.MINIMUM_DAYS + " days or the dates do not follow each other.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "term", value = Examples.TERM_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            schema = @Schema(implementation = TermDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "term", value = Examples.TERM)))
    @APIResponse(
            responseCode = "422",
            description = "review-period-too-short, invalid-term-dates, invalid-announcement-time",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public Response create(@Valid @NotNull TermRequest request) {
        Term term = service.create(request.fields());
        return Response.created(URI.create("/api/v1/terms/" + term.id))
                .entity(TermDto.of(term, clock.instant(), zone.get()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "updateTerm", summary = "Change a term", description = TermDocs.UPDATE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "term", value = Examples.TERM_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(
                            schema = @Schema(implementation = TermDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "term", value = Examples.TERM)))
    @APIResponse(
            responseCode = "409",
            description = "stale-write, term-has-applications, term-has-mentorships, announcement-made",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "review-period-too-short, invalid-term-dates, invalid-announcement-time, "
                    + "schedule-outside-term (a project's own dates would leave the term's)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public TermDto update(@PathParam("id") UUID id, @Valid @NotNull TermRequest request) {
        if (request.version() == null) {
            throw VERSION_REQUIRED.with("Send the version you read");
        }
        return TermDto.of(service.update(id, request.version(), request.fields()), clock.instant(), zone.get());
    }

    @GET
    @PermitAll
    @Operation(operationId = "listTerms", summary = "List terms, newest first (paged)")
    @APIResponse(
            responseCode = "200",
            description = "A page of terms",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.TermPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public Page<TermDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        var now = clock.instant();
        var viewer = zone.get();
        return Page.of(service.list(p), p, t -> TermDto.of(t, now, viewer));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getTerm", summary = "Read a term")
    @APIResponse(
            responseCode = "200",
            description = "The term",
            content =
                    @Content(
                            schema = @Schema(implementation = TermDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "term", value = Examples.TERM)))
    @APIResponse(
            responseCode = "404",
            description = "not-found",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public TermDto get(@PathParam("id") UUID id) {
        return TermDto.of(service.get(id), clock.instant(), zone.get());
    }
}
