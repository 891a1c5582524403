package org.mentorship.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.certificate.model.ExamResult;
import org.mentorship.certificate.rest.ExamDtos.DefineExam;
import org.mentorship.certificate.rest.ExamDtos.Definition;
import org.mentorship.certificate.rest.ExamDtos.Partner;
import org.mentorship.certificate.rest.ExamDtos.RecordResult;
import org.mentorship.certificate.rest.ExamDtos.Result;
import org.mentorship.certificate.service.CompletionService;
import org.mentorship.certificate.service.ExamService;
import org.mentorship.platform.idempotency.IdempotencyKeys;
import org.mentorship.platform.idempotency.Idempotent;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

@Path("/api/v1/exams")
@Tag(name = "Exams", description = "Exam definitions of the program or a project, and every attempt")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExamResource {

    private static final String DEFINITION = """
            {"id":"7d1e9a4c-1b2f-4e3d-8c5b-6a7f8e9d0c1b","name":"Open source basics","projectId":null,
             "passMark":70,"required":true,"createdAt":"2026-01-10T09:00:00Z","createdBy":"cora"}""";
    private static final String RESULT = """
            {"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","examId":"7d1e9a4c-1b2f-4e3d-8c5b-6a7f8e9d0c1b",
             "mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","menteeId":"mentee-ana-okafor","score":82,
             "passed":true,"takenAt":"2026-05-20T14:00:00Z","recordedAt":"2026-05-20T14:00:03Z",
             "recordedBy":"lms","recorderRole":"partner"}""";

    private static final String PARTNER = """
            {"examId":"7d1e9a4c-1b2f-4e3d-8c5b-6a7f8e9d0c1b","partnerId":"lms","registeredBy":"cora",
             "registeredAt":"2026-01-10T09:05:00Z"}""";

    private final ExamService exams;
    private final CompletionService completions;
    private final Access access;
    private final Caller caller;

    ExamResource(ExamService exams, CompletionService completions, Access access, Caller caller) {
        this.exams = exams;
        this.completions = completions;
        this.access = access;
        this.caller = caller;
    }

    @POST
    @Path("/definitions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "defineExam",
            summary = "Define an exam",
            description = "Program-wide without projectId, else for one project. "
                    + "Definitions are immutable: define a new exam to change a pass mark.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "exam",
                                            value =
                                                    "{\"name\":\"Open source basics\",\"passMark\":70,\"required\":true}")))
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content =
                    @Content(
                            schema = @Schema(implementation = Definition.class),
                            examples = @ExampleObject(name = "exam", value = DEFINITION)))
    public Response define(@Valid @NotNull DefineExam request) {
        Definition created = Definition.of(exams.define(
                request.name(), request.projectId(), request.passMark(), request.required(), caller.userId()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/definitions")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.PARTNER})
    @Operation(
            operationId = "listExamDefinitions",
            summary = "Exam definitions",
            description = "With projectId: those that apply to that project " + "(program-wide ones included).")
    @APIResponse(
            responseCode = "200",
            description = "A page of definitions",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.ExamDefinitionPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value = "{\"items\":[" + DEFINITION
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<Definition> definitions(
            @QueryParam("projectId") UUID projectId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return exams.definitions(projectId, PageRequest.of(page, size)).map(Definition::of);
    }

    @GET
    @Path("/definitions/{id}")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.PARTNER})
    @Operation(operationId = "getExamDefinition", summary = "One exam definition")
    @APIResponse(
            responseCode = "200",
            description = "The definition",
            content =
                    @Content(
                            schema = @Schema(implementation = Definition.class),
                            examples = @ExampleObject(name = "exam", value = DEFINITION)))
    public Definition definition(@PathParam("id") UUID id) {
        return Definition.of(exams.definition(id));
    }

    @PUT
    @Path("/definitions/{id}/partners/{partnerId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "registerExamPartner",
            summary = "Register a partner system for an exam (coordinators)",
            description = ExamDocs.REGISTER_EXAM_PARTNER)
    @APIResponse(
            responseCode = "200",
            description = "Registered",
            content =
                    @Content(
                            schema = @Schema(implementation = Partner.class),
                            examples = @ExampleObject(name = "partner", value = PARTNER)))
    public Partner registerPartner(
            @PathParam("id") UUID id,
            @PathParam("partnerId") @Size(min = 1, max = 200) @Pattern(regexp = "[A-Za-z0-9._:@-]+") String partnerId) {
        return Partner.of(exams.registerPartner(id, partnerId, caller.userId()));
    }

    @DELETE
    @Path("/definitions/{id}/partners/{partnerId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "unregisterExamPartner",
            summary = "End a partner system's registration for an exam (coordinators)",
            description = "The attempts it recorded stay.")
    @APIResponse(responseCode = "204", description = "No longer registered")
    public void unregisterPartner(@PathParam("id") UUID id, @PathParam("partnerId") String partnerId) {
        exams.unregisterPartner(id, partnerId);
    }

    @GET
    @Path("/definitions/{id}/partners")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listExamPartners", summary = "The partner systems registered for an exam (coordinators)")
    @APIResponse(
            responseCode = "200",
            description = "The registrations",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Partner.class),
                            examples = @ExampleObject(name = "partners", value = "[" + PARTNER + "]")))
    public List<Partner> partners(@PathParam("id") UUID id) {
        return exams.partners(id).stream().map(Partner::of).toList();
    }

    @POST
    @Path("/results")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTNER})
    @Operation(
            operationId = "recordExamResult",
            summary = "Record an exam attempt",
            description = ExamDocs.RECORD_EXAM_RESULT)
    @RequestBody(
            content =
                    @Content(examples = @ExampleObject(name = "attempt", value = ExamDocs.RECORD_EXAM_RESULT_ATTEMPT)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded (or replayed)",
            content =
                    @Content(
                            schema = @Schema(implementation = Result.class),
                            examples = @ExampleObject(name = "attempt", value = RESULT)))
    @APIResponse(responseCode = "403", description = ExamDocs.RECORD_EXAM_RESULT_403)
    @APIResponse(
            responseCode = "422",
            description =
                    "exam-not-applicable (not an exam of the mentorship's project), taken-in-future, taken-before-mentorship",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "exam-not-applicable",
                                            value = ExamDocs.RECORD_EXAM_RESULT_EXAM_NOT_APPLICABLE)))
    @APIResponse(
            responseCode = "409",
            description =
                    "completion-closed (the mentorship was terminated), onboarding-pending (the mentorship is not known here yet)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "completion-closed",
                                            value = ExamDocs.RECORD_EXAM_RESULT_COMPLETION_CLOSED)))
    @Idempotent
    public Response record(
            @Valid @NotNull RecordResult request,
            // Documented and bounded here; the platform's interceptor acts on it (IdempotencyKeys).
            @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) String idempotencyKey) {
        String role = caller.is(Roles.COORDINATOR) ? Roles.COORDINATOR : Roles.PARTNER;
        ExamResult recorded = exams.record(
                request.examId(), request.mentorshipId(), request.score(), request.takenAt(), caller.userId(), role);
        return Response.status(Response.Status.CREATED)
                .entity(Result.of(recorded))
                .build();
    }

    @GET
    @Path("/results")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.PARTNER})
    @Operation(
            operationId = "listExamResults",
            summary = "Every attempt of a mentorship, oldest first",
            description = "Mentees see their own, " + "mentors their mentees', partners the attempts they recorded.")
    @APIResponse(
            responseCode = "200",
            description = "The attempts",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Result.class),
                            examples = @ExampleObject(name = "attempts", value = "[" + RESULT + "]")))
    public List<Result> results(@QueryParam("mentorshipId") @NotNull UUID mentorshipId) {
        if (caller.is(Roles.PARTNER) && !caller.isAny(Roles.COORDINATOR, Roles.MENTOR, Roles.MENTEE)) {
            return exams.results(mentorshipId).stream()
                    .filter(r -> r.recordedBy.equals(caller.userId()))
                    .map(Result::of)
                    .toList();
        }
        access.requireSees(completions.find(mentorshipId));
        return exams.results(mentorshipId).stream().map(Result::of).toList();
    }
}
