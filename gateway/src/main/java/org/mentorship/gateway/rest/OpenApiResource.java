package org.mentorship.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.openapi.MergedOpenApi;

/** The one API description frontends and partners read: every service's endpoints, served from the gateway. */
@Path("/openapi")
public class OpenApiResource {

    private final MergedOpenApi merged;
    private final GatewayConfig config;

    OpenApiResource(MergedOpenApi merged, GatewayConfig config) {
        this.merged = merged;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getOpenApiDocument",
            summary = "The merged OpenAPI document of all services behind the gateway")
    public CompletionStage<ObjectNode> document(UriInfo uri) {
        String server = config.openapi()
                .serverUrl()
                .orElseGet(() -> withoutTrailingSlash(uri.getBaseUri().toString()));
        return merged.document().thenApply(cached -> {
            // The cached document is shared; the server URL depends on how this caller reached the gateway.
            ObjectNode document = cached.deepCopy();
            document.putArray("servers")
                    .addObject()
                    .put("url", server)
                    .put(
                            "description",
                            "The Mentorship gateway this document was read from (production, staging or a local run)")
                    .put("x-internal", false);
            return document;
        });
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
