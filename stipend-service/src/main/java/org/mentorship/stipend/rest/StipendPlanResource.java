package org.mentorship.stipend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.idempotency.IdempotencyKeys;
import org.mentorship.platform.idempotency.Idempotent;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.model.StipendPlan;
import org.mentorship.stipend.service.PlanService;

@Path("/api/v1/stipend-plans")
@Tag(name = "Stipend plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StipendPlanResource {

    private final PlanService plans;
    private final Caller caller;

    StipendPlanResource(PlanService plans, Caller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "createStipendPlan",
            summary = "Set a project's stipend plan",
            description = StipendPlanDocs.CREATE_STIPEND_PLAN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan", value = Examples.PLAN_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "The new revision",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanDto.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "422",
            description = "unknown-currency, unknown-country, invalid-split (not adding up to 100), floor-above-cap")
    @Idempotent
    public Response create(@Valid @NotNull PlanRequest request, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        Map<String, Integer> countries = new HashMap<>();
        if (request.countryAdjustments() != null) {
            request.countryAdjustments().forEach(c -> countries.put(c.country(), c.percent()));
        }
        StipendPlan plan = plans.create(
                new PlanService.PlanTerms(
                        request.projectId(),
                        request.amountMinor(),
                        request.currency(),
                        request.installments() == null
                                ? null
                                : request.installments().stream()
                                        .map(s -> new PlanInstallment(s.number(), s.afterEvaluation(), s.percent()))
                                        .toList(),
                        countries,
                        request.floorMinor(),
                        request.capMinor()),
                caller.userId());
        return Response.created(URI.create("/api/v1/stipend-plans/" + plan.id))
                .entity(PlanDto.of(plan))
                .build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(
            operationId = "listStipendPlans",
            summary = "List plan revisions",
            description = "Newest revision first per project; optionally of one project.")
    @APIResponse(
            responseCode = "200",
            description = "A page of plans",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.StipendPlanPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "plans",
                                            value = "{\"items\":[" + Examples.PLAN
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<PlanDto> list(
            @QueryParam("projectId") UUID projectId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        return Page.of(
                plans.page(projectId, p.page(), p.size()).stream()
                        .map(PlanDto::of)
                        .toList(),
                p,
                plans.count(projectId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(operationId = "getStipendPlan", summary = "Read a plan revision")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanDto.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "404",
            description = "No such plan",
            content = @Content(examples = @ExampleObject(name = "missing", value = Examples.PROBLEM_NOT_FOUND)))
    public PlanDto get(@PathParam("id") UUID id) {
        return PlanDto.of(plans.get(id));
    }
}
