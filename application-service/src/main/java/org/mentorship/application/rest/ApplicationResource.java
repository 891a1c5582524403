package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import org.mentorship.application.model.Application;
import org.mentorship.application.model.ApplicationStatus;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.application.repository.HistoryRepository;
import org.mentorship.application.repository.NotificationRepository;
import org.mentorship.application.rest.ApplicationDtos.ApplicationDto;
import org.mentorship.application.rest.ApplicationDtos.ApplyRequest;
import org.mentorship.application.rest.ApplicationDtos.DecisionRequest;
import org.mentorship.application.rest.ApplicationDtos.HistoryDto;
import org.mentorship.application.rest.ApplicationDtos.NotificationDto;
import org.mentorship.application.rest.ApplicationDtos.RecommendationRequest;
import org.mentorship.application.rest.ApplicationDtos.ScreeningRequest;
import org.mentorship.application.rest.ApplicationDtos.WithdrawRequest;
import org.mentorship.application.service.Access;
import org.mentorship.application.service.Announcements;
import org.mentorship.application.service.ApplicationService;
import org.mentorship.application.service.ApplicationViews;
import org.mentorship.application.service.DecisionService;
import org.mentorship.platform.idempotency.IdempotencyKeys;
import org.mentorship.platform.idempotency.Idempotent;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

@Path("/api/v1/applications")
@Tag(name = "Applications", description = "Applying, review, decisions, withdrawal and history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final ApplicationService applications;
    private final DecisionService decisions;
    private final ApplicationViews views;
    private final Access access;
    private final HistoryRepository history;
    private final NotificationRepository notifications;
    private final Announcements announcements;

    private final ViewerZone zone;

    ApplicationResource(
            ApplicationService applications,
            DecisionService decisions,
            ApplicationViews views,
            Access access,
            HistoryRepository history,
            NotificationRepository notifications,
            Announcements announcements,
            ViewerZone zone) {
        this.announcements = announcements;
        this.zone = zone;
        this.applications = applications;
        this.decisions = decisions;
        this.views = views;
        this.access = access;
        this.history = history;
        this.notifications = notifications;
    }

    @POST
    @RolesAllowed(Roles.MENTEE)
    @Operation(operationId = "submitApplication", summary = "Apply to a project", description = ApplicationDocs.APPLY)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "apply", value = Examples.APPLY)))
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            content =
                    @Content(
                            schema = @Schema(implementation = ApplicationDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(
            responseCode = "409",
            description = "term-closed, already-applied, application-limit-reached, mentor-in-term",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "profile-required, not-eligible, eligibility-unanswered",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "403", description = "self-dealing (a mentor of the project does not apply to it)")
    @Idempotent
    public Response apply(
            @Valid @NotNull ApplyRequest request,
            // Documented and bounded here; the platform's interceptor acts on it (IdempotencyKeys).
            @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 100) String idempotencyKey) {
        ApplicationViews.View view = applications.apply(request.projectId(), request.motivation());
        Application application = view.application();
        return Response.created(URI.create("/api/v1/applications/" + application.id))
                .entity(ApplicationDto.of(
                        view, access.readsAsStaff(application), access.readsAsCoordinator(application), zone.get()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listApplications",
            summary = "List applications (paged)",
            description =
                    "Mentees see their own, mentors those of their projects, org-admins those of their organisations' projects, "
                            + "coordinators all; filter by term, project, status, applicant, organization (as projects name it). "
                            + "sort=AVERAGE_SCORE (coordinators and org-admins only, 403 otherwise) lists the best average rubric "
                            + "score first, unscored last.")
    @APIResponse(
            responseCode = "200",
            description = "A page of applications",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.ApplicationPage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    public Page<ApplicationDto> list(
            @QueryParam("termId") UUID termId,
            @QueryParam("projectId") UUID projectId,
            @QueryParam("status") ApplicationStatus status,
            @QueryParam("applicantId") String applicantId,
            @QueryParam("organization") @Size(max = 200) String organization,
            @QueryParam("sort") ApplicationRepository.Order sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        ApplicationRepository.Order order = sort == null ? ApplicationRepository.Order.SUBMITTED : sort;
        return Page.of(applications.list(termId, projectId, status, applicantId, organization, order, p), p, this::dto);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getApplication",
            summary =
                    "Read an application, with its status, next step and deadline (also in the applicant's time zone)")
    @APIResponse(
            responseCode = "200",
            description = "The application",
            content =
                    @Content(
                            schema = @Schema(implementation = ApplicationDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (also another mentee's application, or one of another organisation)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public ApplicationDto get(@PathParam("id") UUID id) {
        return dto(access.readable(id));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "withdrawApplication",
            summary = "Withdraw my application",
            description = ApplicationDocs.WITHDRAW)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "withdraw", value = Examples.WITHDRAW)))
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content =
                    @Content(
                            schema = @Schema(implementation = ApplicationDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(
            responseCode = "409",
            description = "application-not-open",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public ApplicationDto withdraw(@PathParam("id") UUID id, @Valid WithdrawRequest request) {
        return dto(applications.withdraw(id, request == null ? null : request.reason()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "decideApplication",
            summary = "Accept, reject or waitlist an application",
            description = ApplicationDocs.DECIDE)
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "accept", value = Examples.DECISION),
                                @ExampleObject(name = "waitlist", value = Examples.WAITLIST_DECISION)
                            }))
    @APIResponse(
            responseCode = "200",
            description = "Decided",
            content =
                    @Content(
                            schema = @Schema(implementation = ApplicationDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(
            responseCode = "409",
            description = "application-not-open, no-free-slot, already-accepted-in-term, review-period-ended",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "prerequisites-incomplete, review-minimum-not-reached, reason-required",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "403",
            description =
                    "forbidden, self-dealing (your own application), co-mentor-conflict (the applicant mentors it too)")
    public ApplicationDto decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return dto(decisions.decide(
                id, request.outcome(), request.reason(), request.overrideReason(), request.internalNote()));
    }

    @POST
    @Path("/{id}/screening")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "screenApplication",
            summary = "Screen an application out as spam or ineligible",
            description = ApplicationDocs.SCREEN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "screening", value = Examples.SCREENING)))
    @APIResponse(
            responseCode = "200",
            description = "Rejected with the verdict and reason",
            content =
                    @Content(
                            schema = @Schema(implementation = ApplicationDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(
            responseCode = "409",
            description = "application-not-open (already decided or withdrawn)",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "422",
            description = "reason-required",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(
            responseCode = "403",
            description =
                    "forbidden, self-dealing (your own application), co-mentor-conflict (the applicant mentors it too)")
    public ApplicationDto screen(@PathParam("id") UUID id, @Valid @NotNull ScreeningRequest request) {
        return dto(decisions.screen(id, request.verdict(), request.reason()));
    }

    @POST
    @Path("/{id}/recommendation")
    @RolesAllowed({Roles.MENTOR, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "recommendApplication",
            summary = "Record a mentor's recommendation",
            description = "For a mentor of the project (403 otherwise), while the application is SUBMITTED.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "recommendation", value = Examples.RECOMMENDATION)))
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = ApplicationDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "application", value = Examples.APPLICATION)))
    @APIResponse(
            responseCode = "403",
            description =
                    "forbidden, self-dealing (your own application), co-mentor-conflict (the applicant mentors it too)")
    public ApplicationDto recommend(@PathParam("id") UUID id, @Valid @NotNull RecommendationRequest request) {
        return dto(decisions.recommend(id, request.recommendation(), request.note()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.MENTEE, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getApplicationHistory",
            summary = "Every status change of an application",
            description =
                    "Coordinators and the org-admins of its organisation see internal notes; the applicant sees the rest, "
                            + "whatever other roles her token holds. Closed to mentors.")
    @APIResponse(
            responseCode = "200",
            description = "The history, oldest first",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    @APIResponse(
            responseCode = "404",
            description = "not-found",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public List<HistoryDto> history(@PathParam("id") UUID id) {
        Application application = access.find(id);
        // Closed to mentors, whatever else their token holds: the applicant reads it as the applicant.
        if (!access.isApplicant(application) && !access.runs(application)) {
            throw ProblemException.notFound("Application", id);
        }
        boolean coordinator = access.readsAsCoordinator(application);
        var entries = history.ofApplication(application.id);
        if (access.isApplicant(application)) {
            entries = announcements.historyApplicantSees(application, entries);
        }
        return entries.stream().map(e -> HistoryDto.of(e, coordinator)).toList();
    }

    @GET
    @Path("/{id}/notifications")
    @RolesAllowed({Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listApplicationNotifications",
            summary = "The result emails of an application and their delivery state",
            description = "PENDING (queued or retrying: see attempts, lastError, nextAttemptAt), SENT or FAILED.")
    @APIResponse(
            responseCode = "200",
            description = "Notifications",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "notifications", value = Examples.NOTIFICATIONS)))
    public List<NotificationDto> notifications(@PathParam("id") UUID id) {
        Application application = access.runnable(id);
        return notifications.ofApplication(application.id).stream()
                .map(NotificationDto::of)
                .toList();
    }

    /** Its applicant sees it as before the decisions held by the term's announcement embargo (Announcements). */
    private ApplicationDto dto(Application application) {
        return ApplicationDto.of(
                access.isApplicant(application) ? views.asApplicantSees(application) : views.of(application),
                access.readsAsStaff(application),
                access.readsAsCoordinator(application),
                zone.get());
    }
}
