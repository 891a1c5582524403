package org.mentorship.evaluation.rest;

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
import org.mentorship.evaluation.service.SummaryService;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/me/summary")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    private final SummaryService summary;

    SummaryResource(SummaryService summary) {
        this.summary = summary;
    }

    @GET
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR, Roles.FINANCE, Roles.PARTNER})
    @Operation(
            operationId = "getEvaluationSummary",
            summary = "The caller's part of the dashboard",
            description = SummaryDocs.GET_EVALUATION_SUMMARY)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "mentor", value = Examples.SUMMARY)))
    public Map<String, Object> summary() {
        return summary.summary();
    }
}
