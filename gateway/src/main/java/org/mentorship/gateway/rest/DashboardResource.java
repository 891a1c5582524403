package org.mentorship.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.gateway.dashboard.DashboardService;
import org.mentorship.gateway.security.Caller;
import org.mentorship.platform.web.RequestId;

/** The signed-in person's dashboard, composed by the gateway from every service's summary. */
@Path("/api/v1/me")
@Tag(name = "Dashboard", description = "One call for the signed-in person's whole picture")
public class DashboardResource {

    private final DashboardService dashboard;

    DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Path("/dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(
            operationId = "getDashboard",
            summary = "The caller's dashboard",
            description =
                    "Every service's GET /api/v1/me/summary for the caller (any role), fetched in parallel with the "
                            + "caller's token. A service that is down or too slow leaves its part null and is named in 'unavailable'.")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard, possibly partial",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DashboardSchema.class),
                            examples = {@ExampleObject(name = "mentee", value = """
                            {"user":"alice","roles":["mentee"],
                             "applications":{"role":"mentee","applications":{"SUBMITTED":2},"open":[]},
                             "mentorship":{"id":"m-1","status":"ACTIVE","nextEvaluationDue":"2026-07-15T00:00:00Z"},
                             "stipends":{"paid":1,"scheduled":2},
                             "certificate":null,
                             "unavailable":["certificate"]}""")}))
    @APIResponse(
            responseCode = "401",
            description = "No valid bearer token",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "no token", value = """
                    {"type":"https://mentorship.example.org/problems/authentication-required","title":"Authentication required",
                     "status":401,"detail":"This request needs a bearer token (Authorization: Bearer ...)",
                     "instance":"/api/v1/me/dashboard"}""")))
    @APIResponse(responseCode = "429", description = "Rate limit reached (see Retry-After)")
    public CompletionStage<ObjectNode> dashboard(@Context RoutingContext ctx) {
        Caller caller = Caller.of(ctx);
        if (caller == null) {
            // Only if the public-path list was set to include this path: there is no one to show a dashboard to.
            throw new NotAuthorizedException("Bearer");
        }
        return dashboard
                .dashboard(
                        caller,
                        ctx.request().getHeader(HttpHeaders.AUTHORIZATION),
                        ctx.request().getHeader(RequestId.HEADER))
                .toCompletionStage();
    }
}
