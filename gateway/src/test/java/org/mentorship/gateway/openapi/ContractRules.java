package org.mentorship.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a frontend team needs from the document to generate a typed client, as findings (empty = fine): an
 * operationId on every operation, unique; a schema on every JSON success answer; the Problem schema under
 * application/problem+json on every error answer; every $ref resolvable; every problem example of a type the
 * document's catalogue ({@value OpenApiMerger#PROBLEM_TYPES}) lists, so a client can switch on every type it is shown.
 */
final class ContractRules {

    /** How a problem-type finding reads: an error example whose type the document's catalogue does not list. */
    static final String UNLISTED_TYPE = "is not in " + OpenApiMerger.PROBLEM_TYPES;

    private static final String TYPE_BASE = "https://mentorship.example.org/problems/";

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private ContractRules() {}

    static int operations(JsonNode document) {
        int n = 0;
        for (var path : document.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                n += METHODS.contains(op.getKey()) ? 1 : 0;
            }
        }
        return n;
    }

    static List<String> findings(JsonNode document) {
        List<String> findings = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        for (var path : document.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText("");
                if (!id.matches("[a-z][A-Za-z0-9]*")) {
                    findings.add(where + ": no camelCase operationId");
                } else if (operationIds.putIfAbsent(id, where) != null) {
                    findings.add(where + ": operationId " + id + " is also " + operationIds.get(id) + "'s");
                }
                if (path.getKey().contains("{") && !operation.path("responses").has("404")) {
                    findings.add(where + ": names an object in its path but documents no 404");
                }
                for (var response : operation.path("responses").properties()) {
                    String code = response.getKey();
                    for (var media : response.getValue().path("content").properties()) {
                        boolean json = media.getKey().contains("json");
                        if (code.startsWith("2") && json && !media.getValue().has("schema")) {
                            findings.add(where + " " + code + " " + media.getKey() + ": no schema");
                        }
                        if ((code.startsWith("4") || code.startsWith("5"))
                                && (!media.getKey().equals("application/problem+json")
                                        || !GatewayContract.PROBLEM_REF.equals(media.getValue()
                                                .at("/schema/$ref")
                                                .asText()))) {
                            findings.add(
                                    where + " " + code + ": not the Problem schema under application/problem+json");
                        }
                        for (JsonNode example : media.getValue().path("examples")) {
                            String type = example.at("/value/type").asText();
                            if (type.endsWith("/unnamed-problem-type")) {
                                findings.add(where + " " + code
                                        + ": names no problem type (list them in the @APIResponse description)");
                            } else if (media.getKey().equals("application/problem+json")
                                    && !document.path(OpenApiMerger.PROBLEM_TYPES)
                                            .has(slug(type))) {
                                findings.add(where + " " + code + ": problem type " + slug(type) + " " + UNLISTED_TYPE);
                            }
                        }
                    }
                    if ((code.startsWith("4") || code.startsWith("5"))
                            && response.getValue().path("content").isEmpty()) {
                        findings.add(where + " " + code + ": no problem body documented");
                    }
                }
            }
        }
        refs(document, document, findings);
        return findings;
    }

    private static String slug(String type) {
        return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }

    private static void refs(JsonNode document, JsonNode node, List<String> findings) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || document.at(ref.substring(1)).isMissingNode()) {
                findings.add("$ref " + ref + " does not resolve");
            }
        }
        for (JsonNode child : node) {
            refs(document, child, findings);
        }
    }
}
