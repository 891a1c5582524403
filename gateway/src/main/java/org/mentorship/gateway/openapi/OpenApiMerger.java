package org.mentorship.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Folds the services' OpenAPI documents into one. The services own disjoint paths; their components may share a
 * name. A component that every service defining it defines identically is kept once; where two services define
 * different components under one name (evaluation's {@code Outcome} PASS/FAIL/EXTEND and application's
 * ACCEPT/REJECT), each service's is namespaced with the service's name ({@code EvaluationOutcome},
 * {@code ApplicationOutcome}) and every {@code $ref} of that service's part is rewritten. Nothing is overwritten:
 * a typed client gets every service's real shapes.
 */
public final class OpenApiMerger {

    public static final String UNAVAILABLE = "x-unavailable-services";
    /** Each service's problem catalogue (platform ProblemDocumentation), folded into one by slug. */
    public static final String PROBLEM_TYPES = "x-problem-types";

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String DEFAULT_OPENAPI_VERSION = "3.1.0";
    private static final String COMPONENTS = "#/components/";

    /** A component name two services define differently, and the names each service's one got. */
    public record Clash(String section, String name, Map<String, String> renamedByService) {}

    private OpenApiMerger() {}

    public static ObjectNode merge(String title, String version, List<ServiceDocument> documents) {
        Map<String, ObjectNode> parts = new LinkedHashMap<>();
        ArrayNode unavailable = JSON.arrayNode();
        for (ServiceDocument part : documents) {
            if (part.document().isEmpty()) {
                unavailable.add(part.service());
            } else {
                parts.put(part.service(), part.document().get().deepCopy());
            }
        }
        Map<String, Map<String, String>> renames = renames(parts, null);

        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", DEFAULT_OPENAPI_VERSION);
        merged.putObject("info").put("title", title).put("version", version);
        // Filled by whoever serves or writes the document: it depends on the URL the caller used.
        merged.putArray("servers");
        ObjectNode paths = JSON.objectNode();
        ObjectNode components = JSON.objectNode();
        ArrayNode tags = JSON.arrayNode();
        ObjectNode problemTypes = JSON.objectNode();
        Set<String> tagNames = new HashSet<>();
        boolean versionTaken = false;

        for (Map.Entry<String, ObjectNode> part : parts.entrySet()) {
            String service = part.getKey();
            ObjectNode doc = part.getValue();
            rewriteRefs(doc, renames.getOrDefault(service, Map.of()));
            if (!versionTaken && doc.path("openapi").isTextual()) {
                merged.put("openapi", doc.get("openapi").asText());
                versionTaken = true;
            }
            for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
                if (paths.has(path.getKey())) {
                    LOG.debugf(
                            "OpenAPI path '%s' of %s is also an earlier service's; the route table decides, keeping the first",
                            path.getKey(), service);
                } else {
                    paths.set(path.getKey(), path.getValue());
                }
            }
            for (Map.Entry<String, JsonNode> section : doc.path("components").properties()) {
                ObjectNode into = components.withObjectProperty(section.getKey());
                Map<String, String> renamed = renames.getOrDefault(service, Map.of());
                for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
                    String name = renamed.getOrDefault(key(section.getKey(), entry.getKey()), entry.getKey());
                    // Not renamed and already there: the same component (that is what "not renamed" means).
                    into.set(name, entry.getValue());
                }
            }
            for (Map.Entry<String, JsonNode> type : doc.path(PROBLEM_TYPES).properties()) {
                JsonNode earlier = problemTypes.get(type.getKey());
                if (earlier == null) {
                    problemTypes.set(type.getKey(), type.getValue());
                } else if (!earlier.equals(type.getValue())) {
                    LOG.warnf(
                            "Problem type '%s' of %s differs from an earlier service's; keeping the first",
                            type.getKey(), service);
                }
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
        if (!problemTypes.isEmpty()) {
            merged.set(PROBLEM_TYPES, sorted(problemTypes));
        }
        merged.set(UNAVAILABLE, unavailable);
        return merged;
    }

    /** The components two services define differently under one name, as the merge namespaces them. */
    public static List<Clash> clashes(List<ServiceDocument> documents) {
        Map<String, ObjectNode> parts = new LinkedHashMap<>();
        documents.forEach(d -> d.document().ifPresent(doc -> parts.put(d.service(), doc)));
        List<Clash> clashes = new ArrayList<>();
        renames(parts, clashes);
        return clashes;
    }

    /**
     * Per service, "section/name" -> new name for every component that clashes. A component kept shared must not
     * refer to one that got renamed (its two copies would then differ once rewritten), so that is repeated until
     * nothing changes.
     */
    private static Map<String, Map<String, String>> renames(Map<String, ObjectNode> parts, List<Clash> report) {
        Map<String, Map<String, JsonNode>> definitions = new TreeMap<>();
        parts.forEach((service, doc) -> doc.path("components")
                .properties()
                .forEach(section -> section.getValue()
                        .properties()
                        .forEach(entry -> definitions
                                .computeIfAbsent(key(section.getKey(), entry.getKey()), k -> new LinkedHashMap<>())
                                .put(service, entry.getValue()))));
        Set<String> clashing = new HashSet<>();
        definitions.forEach((key, byService) -> {
            if (byService.values().stream().distinct().count() > 1) {
                clashing.add(key);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Map<String, JsonNode>> definition : definitions.entrySet()) {
                if (definition.getValue().size() < 2 || clashing.contains(definition.getKey())) {
                    continue;
                }
                for (JsonNode node : definition.getValue().values()) {
                    if (refersToAny(node, clashing)) {
                        clashing.add(definition.getKey());
                        changed = true;
                        break;
                    }
                }
            }
        }
        Set<String> taken = new HashSet<>(definitions.keySet());
        Map<String, Map<String, String>> renames = new HashMap<>();
        for (String key : new TreeMap<>(definitions).keySet()) {
            if (!clashing.contains(key)) {
                continue;
            }
            String section = key.substring(0, key.indexOf('/'));
            String name = key.substring(key.indexOf('/') + 1);
            Map<String, String> byService = new LinkedHashMap<>();
            for (String service : definitions.get(key).keySet()) {
                String renamed = prefix(service) + name;
                for (int n = 2; taken.contains(key(section, renamed)); n++) {
                    renamed = prefix(service) + name + n;
                }
                taken.add(key(section, renamed));
                renames.computeIfAbsent(service, s -> new HashMap<>()).put(key, renamed);
                byService.put(service, renamed);
            }
            LOG.debugf(
                    "OpenAPI %s '%s' differs between %s; namespaced as %s",
                    section, name, byService.keySet(), byService.values());
            if (report != null) {
                report.add(new Clash(section, name, byService));
            }
        }
        return renames;
    }

    private static boolean refersToAny(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null
                    && ref.isTextual()
                    && ref.asText().startsWith(COMPONENTS)
                    && keys.contains(ref.asText().substring(COMPONENTS.length()))) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (refersToAny(child, keys)) {
                return true;
            }
        }
        return false;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS)) {
                String key = ref.asText().substring(COMPONENTS.length());
                String name = renamed.get(key);
                if (name != null) {
                    object.set("$ref", TextNode.valueOf(COMPONENTS + key.substring(0, key.indexOf('/') + 1) + name));
                }
            }
            // A security requirement names its scheme by key, not by $ref.
        }
        for (JsonNode child : node) {
            rewriteRefs(child, renamed);
        }
    }

    private static ObjectNode sorted(ObjectNode byKey) {
        TreeMap<String, JsonNode> byName = new TreeMap<>();
        byKey.properties().forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
        ObjectNode sorted = JSON.objectNode();
        byName.forEach(sorted::set);
        return sorted;
    }

    /** "application" -> "Application", "stipend-service" -> "StipendService". */
    static String prefix(String service) {
        StringBuilder out = new StringBuilder();
        for (String word : service.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static String key(String section, String name) {
        return section + "/" + name;
    }
}
