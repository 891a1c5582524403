package org.mentorship.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.certificate.service.SummaryService;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

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
            operationId = "getCertificateSummary",
            summary = "My completion and certificate part of the dashboard",
            description = "Mentee: records "
                    + "with what is missing, certificates. Mentor: mentees' open records. Coordinator: counts and alerts. "
                    + "Finance, partner: {}.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "mentee", value = SummaryDocs.GET_CERTIFICATE_SUMMARY_MENTEE),
                                @ExampleObject(
                                        name = "coordinator",
                                        value = SummaryDocs.GET_CERTIFICATE_SUMMARY_COORDINATOR)
                            }))
    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (caller.is(Roles.COORDINATOR)) {
            out.putAll(summaries.coordinator());
        }
        if (caller.is(Roles.MENTOR)) {
            out.putAll(summaries.mentor(caller.userId()));
        }
        if (caller.is(Roles.MENTEE)) {
            out.putAll(summaries.mentee(caller.userId()));
        }
        return out;
    }
}
