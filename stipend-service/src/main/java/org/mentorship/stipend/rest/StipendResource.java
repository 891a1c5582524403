package org.mentorship.stipend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.repository.LedgerRepository;
import org.mentorship.stipend.repository.PendingEventRepository;
import org.mentorship.stipend.service.AgreementLedger;
import org.mentorship.stipend.service.CountryVerification;
import org.mentorship.stipend.service.StipendQueries;

/**
 * Stipend agreements: finance and coordinators see all, an org-admin her organisations' (read only; another
 * organisation's is 404), a mentee only their own (another's is 404).
 */
@Path("/api/v1/stipends")
@Tag(name = "Stipends")
@Produces(MediaType.APPLICATION_JSON)
public class StipendResource {

    private final StipendQueries queries;
    private final LedgerRepository ledger;
    private final Caller caller;
    private final PendingEventRepository pending;
    private final CountryVerification countries;
    private final AgreementLedger agreementLedger;

    StipendResource(
            StipendQueries queries,
            LedgerRepository ledger,
            Caller caller,
            PendingEventRepository pending,
            CountryVerification countries,
            AgreementLedger agreementLedger) {
        this.pending = pending;
        this.countries = countries;
        this.agreementLedger = agreementLedger;
        this.queries = queries;
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "listStipendAgreements",
            summary = "List stipend agreements",
            description = "Optionally of one project, term and/or organization; without timelines. An org-admin lists "
                    + "her organisations' only (another organisation: 404).")
    @APIResponse(
            responseCode = "200",
            description = "A page of agreements",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.StipendAgreementPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "agreements",
                                            value = "{\"items\":[" + Examples.AGREEMENT
                                                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    @APIResponse(
            responseCode = "404",
            description = "not-found (an organisation admin asking for another organisation)",
            content = @Content(examples = @ExampleObject(name = "missing", value = Examples.PROBLEM_NOT_FOUND)))
    public Page<AgreementDto> list(
            @QueryParam("projectId") UUID projectId,
            @QueryParam("termId") UUID termId,
            @QueryParam("organization") @Size(max = 300) String organization,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        java.util.Set<String> scope = OrganizationScope.of(caller, organization);
        return Page.of(
                queries.page(projectId, termId, scope, p.page(), p.size()).stream()
                        .map(a -> AgreementDto.of(a, null))
                        .toList(),
                p,
                queries.count(projectId, termId, scope));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "getMyStipends",
            summary = "My stipend timeline",
            description = StipendDocs.GET_MY_STIPENDS)
    @APIResponse(
            responseCode = "200",
            description = "My agreements",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementDto.class),
                            examples = @ExampleObject(name = "timeline", value = "[" + Examples.AGREEMENT + "]")))
    public List<AgreementDto> mine() {
        return queries.ofMentee(caller.userId()).stream().map(AgreementDto::of).toList();
    }

    @GET
    @Path("/totals")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(
            operationId = "getStipendTotals",
            summary = "Payment totals per mentorship, project or term",
            description = StipendDocs.GET_STIPEND_TOTALS)
    @APIResponse(
            responseCode = "200",
            description = "A page of totals",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.StipendTotalsPage.class),
                            examples = @ExampleObject(name = "by project", value = Examples.TOTALS)))
    @APIResponse(responseCode = "422", description = "unknown-grouping: by is not mentorship, project or term")
    public Page<StipendQueries.Totals> totals(
            @QueryParam("by") String by,
            @QueryParam("projectId") UUID projectId,
            @QueryParam("termId") UUID termId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        return Page.of(
                queries.totals(by, projectId, termId, p.page(), p.size()),
                p,
                queries.totalsCount(by, projectId, termId));
    }

    /**
     * Stipends paid and approved-but-unpaid per currency, of one term or (termId null) of the whole program, of one
     * organisation where asked for (an org-admin: of hers); and the same per organisation.
     */
    public record StatisticsDto(
            UUID termId,
            String organization,
            List<StipendQueries.CurrencyStatistics> currencies,
            List<StipendQueries.OrganizationStatistics> organizations) {}

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.ORG_ADMIN})
    @Operation(
            operationId = "getStipendStatistics",
            summary = "Stipends paid, and approved but unpaid, per currency",
            description = StipendDocs.GET_STIPEND_STATISTICS)
    @APIResponse(
            responseCode = "200",
            description = "Per currency, the count and sum of paid and of approved-but-unpaid payments",
            content =
                    @Content(
                            schema = @Schema(implementation = StatisticsDto.class),
                            examples = @ExampleObject(name = "one term", value = Examples.STATISTICS)))
    @APIResponse(
            responseCode = "404",
            description = "not-found (an organisation admin asking for another organisation)",
            content = @Content(examples = @ExampleObject(name = "missing", value = Examples.PROBLEM_NOT_FOUND)))
    public StatisticsDto statistics(
            @QueryParam("termId") UUID termId, @QueryParam("organization") @Size(max = 300) String organization) {
        java.util.Set<String> scope = OrganizationScope.of(caller, organization);
        return new StatisticsDto(
                termId, organization, queries.byCurrency(termId, scope), queries.byOrganization(termId, scope));
    }

    /** An event waiting for what it depends on; applied as soon as that exists. */
    public record ParkedEventDto(
            long seq,
            java.util.UUID eventId,
            String eventType,
            java.util.UUID mentorshipId,
            java.util.UUID projectId,
            String waitingFor,
            java.time.Instant parkedAt) {}

    @GET
    @Path("/parked-events")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(
            operationId = "listParkedStipendEvents",
            summary = "Events parked until their plan, agreement or payee details exist",
            description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of parked events",
            content =
                    @Content(
                            schema = @Schema(implementation = Pages.ParkedEventPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "parked",
                                            value =
                                                    "{\"items\":[{\"seq\":7,\"eventId\":\"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9\",\"eventType\":\"EvaluationPassed\","
                                                            + "\"mentorshipId\":\"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e\",\"projectId\":null,\"waitingFor\":\"PAYEE\","
                                                            + "\"parkedAt\":\"2026-04-29T10:00:00Z\"}],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<ParkedEventDto> parked(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest p = PageRequest.of(page, size);
        return Page.of(
                pending.page(p.page(), p.size()).stream()
                        .map(e -> new ParkedEventDto(
                                e.seq,
                                e.eventId,
                                e.eventType,
                                e.mentorshipId,
                                e.projectId,
                                e.waitingFor.name(),
                                e.parkedAt))
                        .toList(),
                p,
                pending.count());
    }

    @GET
    @Path("/{mentorshipId}")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.MENTEE, Roles.ORG_ADMIN})
    @Operation(operationId = "getStipendAgreement", summary = "A mentorship's stipend agreement with its timeline")
    @APIResponse(
            responseCode = "200",
            description = "The agreement",
            content =
                    @Content(
                            schema = @Schema(implementation = AgreementDto.class),
                            examples = @ExampleObject(name = "agreement", value = Examples.AGREEMENT)))
    @APIResponse(
            responseCode = "404",
            description = "None, or not yours",
            content = @Content(examples = @ExampleObject(name = "missing", value = Examples.PROBLEM_NOT_FOUND)))
    public AgreementDto get(@PathParam("mentorshipId") UUID mentorshipId) {
        return AgreementDto.of(queries.view(visible(mentorshipId)));
    }

    @GET
    @Path("/{mentorshipId}/ledger")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(operationId = "getStipendLedger", summary = "Every change of the mentorship's payments, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "Ledger entries",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = LedgerEntryDto.class),
                            examples = @ExampleObject(name = "ledger", value = Examples.LEDGER)))
    public List<LedgerEntryDto> ledger(@PathParam("mentorshipId") UUID mentorshipId) {
        return ledger.byMentorship(mentorshipId).stream()
                .map(LedgerEntryDto::of)
                .toList();
    }

    /** Finance's re-verification of the country an agreement's amounts follow. */
    @Schema(name = "CountryRequest")
    public record CountryRequest(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
            String country,

            @NotBlank @Size(max = 500) String reason) {}

    @PUT
    @Path("/{mentorshipId}/country")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            operationId = "reverifyStipendCountry",
            summary = "Finance re-verifies the country an agreement's amounts follow",
            description = StipendDocs.REVERIFY_STIPEND_COUNTRY)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "country", value = Examples.COUNTRY_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The agreement with its timeline",
            content =
                    @Content(
                            schema = @Schema(implementation = AgreementDto.class),
                            examples = @ExampleObject(name = "agreement", value = Examples.AGREEMENT)))
    @APIResponse(responseCode = "403", description = "Not finance, or your own stipend (self-dealing)")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "422", description = "unknown-country")
    public AgreementDto reverifyCountry(
            @PathParam("mentorshipId") UUID mentorshipId, @Valid @NotNull CountryRequest request) {
        return AgreementDto.of(
                queries.view(countries.reverify(mentorshipId, request.country(), caller.userId(), request.reason())));
    }

    /** One change of an agreement itself. */
    @Schema(name = "AgreementHistoryEntry")
    public record HistoryEntryDto(long seq, UUID mentorshipId, String actor, java.time.Instant at, String reason) {}

    @GET
    @Path("/{mentorshipId}/history")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(
            operationId = "getStipendAgreementHistory",
            summary = "Every change of the agreement itself, oldest first",
            description =
                    "Amounts fixed at onboarding, country re-verified by finance. The payments' own changes are in the ledger.")
    @APIResponse(
            responseCode = "200",
            description = "History entries",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntryDto.class),
                            examples = @ExampleObject(name = "history", value = Examples.AGREEMENT_HISTORY)))
    @APIResponse(responseCode = "404", description = "No such agreement")
    public List<HistoryEntryDto> history(@PathParam("mentorshipId") UUID mentorshipId) {
        queries.agreement(mentorshipId);
        return agreementLedger.of(mentorshipId).stream()
                .map(e -> new HistoryEntryDto(e.seq, e.mentorshipId, e.actor, e.at, e.reason))
                .toList();
    }

    private StipendAgreement visible(UUID mentorshipId) {
        StipendAgreement agreement = queries.agreement(mentorshipId);
        AgreementAccess.requireSees(caller, mentorshipId, () -> agreement);
        return agreement;
    }
}
