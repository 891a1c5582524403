package org.mentorship.application.rest;

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
import org.mentorship.application.service.SummaryService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/me/summary")
@Tag(name = "Dashboard", description = "The caller's part of the dashboard from admissions")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    private final SummaryService service;

    SummaryResource(SummaryService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "getApplicationSummary",
            summary = "My admissions summary",
            description = SummaryDocs.SUMMARY)
    @APIResponse(
            responseCode = "200",
            description = "Summary",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "mentee", value = Examples.SUMMARY)))
    public Map<String, Object> summary() {
        return service.summary();
    }
}
