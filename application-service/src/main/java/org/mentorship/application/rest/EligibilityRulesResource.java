package org.mentorship.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.mentorship.application.rest.EligibilityDtos.RulesDto;
import org.mentorship.application.rest.EligibilityDtos.RulesRequest;
import org.mentorship.application.service.EligibilityService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/terms/{termId}/eligibility-rules")
@Tag(name = "Eligibility", description = "A term's eligibility questions, their rules and each applicant's answer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EligibilityRulesResource {

    private final EligibilityService service;

    EligibilityRulesResource(EligibilityService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "setEligibilityRules",
            summary = "Set a term's eligibility rules",
            description = EligibilityDocs.SET_RULES)
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "rules", value = Examples.ELIGIBILITY_RULES_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Set",
            content =
                    @Content(
                            schema = @Schema(implementation = RulesDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "rules", value = Examples.ELIGIBILITY_RULES)))
    @APIResponse(responseCode = "404", description = "not-found (no such term)")
    @APIResponse(responseCode = "409", description = "stale-write")
    @APIResponse(responseCode = "422", description = "version-required, unknown-country")
    public RulesDto put(@PathParam("termId") UUID termId, @Valid @NotNull RulesRequest request) {
        return RulesDto.of(service.setRules(termId, request.version(), request.fields()));
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getEligibilityRules",
            summary = "Read a term's eligibility questions and rules",
            description = EligibilityDocs.GET_RULES)
    @APIResponse(
            responseCode = "200",
            description = "The questions and rules",
            content =
                    @Content(
                            schema = @Schema(implementation = RulesDto.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "rules", value = Examples.ELIGIBILITY_RULES)))
    @APIResponse(responseCode = "404", description = "not-found (no such term, or it asks no questions)")
    public RulesDto get(@PathParam("termId") UUID termId) {
        return RulesDto.of(service.rules(termId));
    }
}
