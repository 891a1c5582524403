package org.mentorship.webhook.rest;

import io.quarkus.security.Authenticated;
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
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.security.Caller;
import org.mentorship.webhook.service.EndpointService;

/**
 * Everything this service holds about the caller, for their export (the gateway's GET /api/v1/me/export): the
 * endpoints they registered (without secrets) and their notices. Reached by the gateway, not routed to clients.
 */
@Path("/api/v1/me/data")
@Tag(name = "My data")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyDataResource {

    private static final String EXAMPLE = """
            {"webhookEndpoints":[{"id":"3f6c1d2e-8a4b-4c5d-9e7f-1a2b3c4d5e6f","ownerId":"payroll",
             "url":"https://payroll.example.com/hooks","eventTypes":["StipendPaid"],"enabled":true,
             "consecutiveFailures":0,"createdAt":"2026-05-02T09:00:00Z"}],"notices":[]}""";

    private final EndpointService endpoints;
    private final Notices notices;
    private final Caller caller;

    MyDataResource(EndpointService endpoints, Notices notices, Caller caller) {
        this.endpoints = endpoints;
        this.notices = notices;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "getMyWebhookData",
            summary = "What webhook-service holds about the caller",
            description = "Their webhook endpoints (secrets left out) and notices; any role.")
    @APIResponse(
            responseCode = "200",
            description = "The caller's data",
            content = @Content(examples = @ExampleObject(name = "partner", value = EXAMPLE)))
    public Map<String, Object> data() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "webhookEndpoints",
                endpoints.ownedBy(caller.userId()).stream()
                        .map(WebhookDtos.EndpointDto::of)
                        .toList());
        out.put("notices", notices.all(caller.userId()));
        return out;
    }
}
