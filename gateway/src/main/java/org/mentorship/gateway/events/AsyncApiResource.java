package org.mentorship.gateway.events;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The events' contract at /asyncapi (and /asyncapi.yaml), as /openapi is the API's; public like that one. */
@Path("/")
public class AsyncApiResource {

    public static final String YAML = "application/yaml";

    private final EventDocuments documents;

    AsyncApiResource(EventDocuments documents) {
        this.documents = documents;
    }

    @GET
    @Path("asyncapi")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAsyncApiDocument", summary = "The AsyncAPI 3.0 document of every topic and event type")
    @APIResponse(
            responseCode = "200",
            description = "The AsyncAPI document (JSON)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public String json() {
        return documents.asyncApiJson();
    }

    @GET
    @Path("asyncapi.yaml")
    @Produces(YAML)
    @Operation(operationId = "getAsyncApiDocumentYaml", summary = "The AsyncAPI 3.0 document, as YAML")
    @APIResponse(
            responseCode = "200",
            description = "The AsyncAPI document (YAML)",
            content = @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING)))
    public String yaml() {
        return documents.asyncApiYaml();
    }
}
