package org.mentorship.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The gateway's own API (the dashboard) as a part of the merged document: Quarkus' generated document, cut down
 * to its {@code /api/v1} paths ({@code /openapi} itself is not part of the API). Uses Quarkus' document service;
 * if that is ever missing the merged document simply goes without the gateway's part.
 */
@ApplicationScoped
public class GatewayDocument {

    public static final String NAME = "gateway";
    private static final Logger LOG = Logger.getLogger(GatewayDocument.class);
    private static final String DEFAULT_DOCUMENT = "<default>";

    private final Instance<OpenApiDocumentService> documents;
    private final ObjectMapper mapper;

    GatewayDocument(Instance<OpenApiDocumentService> documents, ObjectMapper mapper) {
        this.documents = documents;
        this.mapper = mapper;
    }

    public ServiceDocument get() {
        try {
            if (documents.isResolvable()
                    && mapper.readTree(documents.get().getDocument(DEFAULT_DOCUMENT, Format.JSON))
                            instanceof ObjectNode doc) {
                return ServiceDocument.of(NAME, apiOnly(doc));
            }
        } catch (Exception e) {
            LOG.warnf("The gateway's own OpenAPI document is unavailable: %s", e.toString());
        }
        return ServiceDocument.unavailable(NAME);
    }

    private static ObjectNode apiOnly(ObjectNode doc) {
        JsonNode paths = doc.path("paths");
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                others.add(path.getKey());
            }
        }
        if (paths instanceof ObjectNode object) {
            object.remove(others);
        }
        return doc;
    }
}
