package org.mentorship.stipend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.stipend.service.SummaryService;

@Path("/api/v1/me/summary")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    private final SummaryService summaries;
    private final Caller caller;

    SummaryResource(SummaryService summaries, Caller caller) {
        this.summaries = summaries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "getStipendSummary",
            summary = "My part of the dashboard: stipends",
            description =
                    "Mentee: their agreements, next installment, paid so far. Finance and coordinators: payments waiting per status. Others: {}.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = @Content(examples = @ExampleObject(name = "mentee", value = Examples.SUMMARY_MENTEE)))
    public Map<String, Object> summary() {
        if (caller.is(Roles.FINANCE) || caller.is(Roles.COORDINATOR)) {
            return summaries.forFinance(caller.is(Roles.FINANCE) ? Roles.FINANCE : Roles.COORDINATOR);
        }
        if (caller.is(Roles.MENTEE)) {
            return summaries.forMentee(caller.userId());
        }
        return Map.of();
    }
}
