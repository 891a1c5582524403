package org.mentorship.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.certificate.model.CompletionStatus;
import org.mentorship.certificate.service.CompletionService;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

@Path("/api/v1/completions")
@Tag(name = "Completion records", description = "The checklist towards the Letter of Completion, per mentorship")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    static final String EXAMPLE = """
            {"id":"0b6f7c1e-2a7d-4f0e-9d43-6a1b2c3d4e5f","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "menteeId":"mentee-ana-okafor","menteeName":"Ana Okafor","status":"OPEN",
             "projectId":"c2b1a098-7f6e-4d5c-8b4a-3a2918070605","projectTitle":"Add structured logging",
             "organization":"Cloud Native Storage Foundation","termName":"Spring 2026","programStart":"2026-03-02",
             "programEnd":"2026-05-29","mentorshipCompletedAt":"2026-05-29T10:00:00Z",
             "workProductUrl":"https://github.com/cnsf/storage/pulls?q=author:ana-okafor",
             "surveyOpenedAt":"2026-05-29T10:00:02Z","requirementsDueAt":"2026-06-28T10:00:00Z",
             "requirementsDueAtLocal":"2026-06-28T12:00:00+02:00","timeZone":"Europe/Berlin","publiclyListed":false,
             "requirements":[
              {"key":"mentorship-completed","label":"Mentorship completed","required":true,"met":true,"detail":"Final evaluation passed"},
              {"key":"exam:7d1e","label":"Exam: Open source basics","required":true,"met":false,"detail":"Not passed yet: best score 55 of pass mark 70 after 1 attempt(s)"},
              {"key":"feedback-survey","label":"Feedback survey answered","required":true,"met":true,"detail":"Answered"}],
             "missing":["Exam: Open source basics"],"certificateId":null,"verificationCode":null,
             "updatedAt":"2026-05-30T08:00:00Z"}""";

    private final CompletionService service;
    private final Access access;
    private final Caller caller;
    private final PersonSettings people;

    CompletionResource(CompletionService service, Access access, Caller caller, PersonSettings people) {
        this.service = service;
        this.access = access;
        this.caller = caller;
        this.people = people;
    }

    /** The viewer's zone: due instants are also shown in it. */
    private java.time.ZoneId zone() {
        return people.zoneOf(caller.userId());
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listCompletions",
            summary = "All completion records, newest first",
            description = "Filter by status and project.")
    @APIResponse(
            responseCode = "200",
            description = "A page of records",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.CompletionPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value = "{\"items\":[" + EXAMPLE
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<CompletionDto> list(
            @QueryParam("status") CompletionStatus status,
            @QueryParam("projectId") UUID projectId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return service.search(status, projectId, PageRequest.of(page, size)).map(v -> CompletionDto.of(v, zone()));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "listMyCompletions",
            summary = "My completion records, with what is still missing for my certificate")
    @APIResponse(
            responseCode = "200",
            description = "The caller's records",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CompletionDto.class),
                            examples = @ExampleObject(name = "mine", value = "[" + EXAMPLE + "]")))
    public List<CompletionDto> mine() {
        return service.viewsOfMentee(caller.userId()).stream()
                .map(v -> CompletionDto.of(v, zone()))
                .toList();
    }

    @GET
    @Path("/{mentorshipId}")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "getCompletion",
            summary = "The completion record of a mentorship",
            description = "Mentees see their own (another's is 404); mentors the mentorships they mentor (else 403).")
    @APIResponse(
            responseCode = "200",
            description = "The record",
            content =
                    @Content(
                            schema = @Schema(implementation = CompletionDto.class),
                            examples = @ExampleObject(name = "record", value = EXAMPLE)))
    @APIResponse(
            responseCode = "404",
            description = "No such record (or not the caller's)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "not-found",
                                            value = CompletionDocs.GET_COMPLETION_NOT_FOUND)))
    public CompletionDto get(@PathParam("mentorshipId") UUID mentorshipId) {
        CompletionService.View view = service.view(mentorshipId);
        access.requireSees(view.completion());
        return CompletionDto.of(view, zone());
    }

    @GET
    @Path("/{mentorshipId}/history")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(
            operationId = "getCompletionHistory",
            summary = "Every change of a completion record: who, when, from, to, why")
    @APIResponse(
            responseCode = "200",
            description = "Oldest first",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryDto.class),
                            examples =
                                    @ExampleObject(
                                            name = "history",
                                            value = CompletionDocs.GET_COMPLETION_HISTORY_ENTRIES)))
    public List<HistoryDto> history(@PathParam("mentorshipId") UUID mentorshipId) {
        CompletionService.View view = service.view(mentorshipId);
        access.requireSees(view.completion());
        return service.history(view.completion().id).stream()
                .map(HistoryDto::of)
                .toList();
    }
}
