package org.mentorship.testsupport.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a service as its OpenAPI document describes it: method, path (with its parameters filled in),
 * whether it needs a token (a security requirement), the roles allowed (its scopes; none listed means any signed-in
 * person) and the media type of its body.
 * Read from the running service, so a new endpoint is covered without anyone listing it.
 */
public record Endpoint(
        String method, String template, String path, boolean secured, List<String> roles, String bodyType) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** Whether a signed-in person with only {@code role} is refused by the role check (403). */
    public boolean refuses(String role) {
        return secured && !roles.isEmpty() && !roles.contains(role);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    /** The operations under /api/v1 of an OpenAPI 3 document (JSON), the clock control aside. */
    public static List<Endpoint> fromOpenApi(String document) {
        try {
            JsonNode paths = new ObjectMapper().readTree(document).path("paths");
            List<Endpoint> endpoints = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/clock")) {
                    continue;
                }
                for (String method : METHODS) {
                    JsonNode operation = path.getValue().path(method);
                    if (!operation.isMissingNode()) {
                        endpoints.add(new Endpoint(
                                method.toUpperCase(),
                                path.getKey(),
                                fill(path.getKey(), operation),
                                operation.has("security")
                                        && !operation.path("security").isEmpty(),
                                roles(operation),
                                bodyType(operation)));
                    }
                }
            }
            return endpoints;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an OpenAPI document: " + e.getMessage(), e);
        }
    }

    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation
                .path("security")
                .forEach(requirement -> requirement
                        .fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    private static String bodyType(JsonNode operation) {
        Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    /** Path parameters become values of their declared type: a random UUID, 1 for integers, a word otherwise. */
    private static String fill(String template, JsonNode operation) {
        Map<String, JsonNode> schemas = new java.util.HashMap<>();
        operation.path("parameters").forEach(p -> schemas.put(p.path("name").asText(), p.path("schema")));
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).split(":")[0].trim();
            JsonNode schema = schemas.getOrDefault(name, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            String value = "uuid".equals(schema.path("format").asText())
                            || name.toLowerCase().endsWith("id")
                    ? UUID.randomUUID().toString()
                    : "integer".equals(schema.path("type").asText()) ? "1" : "x";
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }
}
