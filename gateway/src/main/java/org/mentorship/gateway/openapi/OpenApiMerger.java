package org.mentorship.gateway.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Folds the services' OpenAPI documents into one. Nothing is renamed or prefixed: the services own disjoint
 * paths, and schema names are expected to be unique; on a clash the first document (in service order) wins
 * and the clash is logged, so the document stays valid and the conflict gets noticed.
 */
public final class OpenApiMerger {

    public static final String UNAVAILABLE = "x-unavailable-services";

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DEFAULT_OPENAPI_VERSION = "3.0.3";

    private OpenApiMerger() {
    }

    public static ObjectNode merge(String title, String version, List<ServiceDocument> documents) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", DEFAULT_OPENAPI_VERSION);
        merged.putObject("info").put("title", title).put("version", version);
        // Filled per request by whoever serves the document: it depends on the URL the caller used.
        merged.putArray("servers");
        ObjectNode paths = JSON.objectNode();
        ObjectNode components = JSON.objectNode();
        ArrayNode tags = JSON.arrayNode();
        Set<String> tagNames = new HashSet<>();
        ArrayNode unavailable = JSON.arrayNode();
        boolean versionTaken = false;

        for (ServiceDocument part : documents) {
            if (part.document().isEmpty()) {
                unavailable.add(part.service());
                continue;
            }
            ObjectNode doc = part.document().get();
            if (!versionTaken && doc.path("openapi").isTextual()) {
                merged.put("openapi", doc.get("openapi").asText());
                versionTaken = true;
            }
            copyNew(doc.path("paths"), paths, part.service(), "path");
            for (Map.Entry<String, JsonNode> section : doc.path("components").properties()) {
                copyNew(section.getValue(), components.withObjectProperty(section.getKey()), part.service(),
                        "components." + section.getKey());
            }
            doc.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        }
        if (!tags.isEmpty()) {
            merged.set("tags", tags);
        }
        merged.set("paths", paths);
        if (!components.isEmpty()) {
            merged.set("components", components);
        }
        merged.set(UNAVAILABLE, unavailable);
        return merged;
    }

    private static void copyNew(JsonNode from, ObjectNode into, String service, String what) {
        for (Map.Entry<String, JsonNode> entry : from.properties()) {
            if (into.has(entry.getKey())) {
                LOG.warnf("OpenAPI %s '%s' of %s clashes with an earlier service's; keeping the first",
                        what, entry.getKey(), service);
            } else {
                into.set(entry.getKey(), entry.getValue());
            }
        }
    }
}
