package org.mentorship.gateway.events;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.mentorship.contracts.DataSchemaUrls;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.Problem;

/**
 * Where an event's {@code ce_dataschema} points: {@code /schemas/events/{type}/{version}} answers that version's
 * JSON Schema (draft 2020-12), the very file the producers validate against.
 */
@Path(DataSchemaUrls.PATH + "/{type}/{version}")
public class EventSchemaResource {

    public static final String SCHEMA_JSON = "application/schema+json";

    private final EventDocuments documents;

    EventSchemaResource(EventDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Produces({SCHEMA_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getEventSchema", summary = "The JSON Schema of one version of one event type's data")
    @APIResponse(
            responseCode = "200",
            description = "The JSON Schema",
            content = @Content(mediaType = SCHEMA_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "404",
            description = "No such event type or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response schema(@PathParam("type") String type, @PathParam("version") String version, UriInfo uri) {
        return documents
                .schema(type, version)
                // A published version never changes (changes make a new version): caches may keep it.
                .map(schema ->
                        Response.ok(schema).cacheControl(immutableForADay()).build())
                .orElseGet(() -> Response.status(404)
                        .type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(
                                PlatformProblems.NOT_FOUND,
                                documents.missing(type, version),
                                uri.getRequestUri().getRawPath()))
                        .build());
    }

    private static CacheControl immutableForADay() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return cache;
    }
}
