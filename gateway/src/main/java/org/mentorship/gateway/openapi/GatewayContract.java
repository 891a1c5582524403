package org.mentorship.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.mentorship.gateway.problem.GatewayProblems;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.problem.ProblemCatalogue;
import org.mentorship.platform.problem.ProblemType;

/**
 * What the gateway adds to every answer, written into the merged document: the services describe their own
 * answers, the gateway's are the same for every operation it routes. Rate limit (429 with Retry-After, the
 * X-RateLimit headers on what it lets through), its token check (401 authentication-required / invalid-token), its
 * body limit (413), its circuit breaker, in-flight bound and timeouts (502/503/504), CORS and the request id. Each example is the
 * body the gateway writes ({@link ProblemBodies}), and the types it answers ({@link GatewayProblems}, with platform's)
 * join the services' catalogues in the root {@value OpenApiMerger#PROBLEM_TYPES}.
 */
public final class GatewayContract {

    public static final String SCHEME = "SecurityScheme";
    static final String WEBHOOK_SCHEME = "webhookSignature";
    static final String PAYOUT_CALLBACK = "/api/v1/payments/callbacks/payout";
    public static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String HEADERS = "#/components/headers/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String SAMPLE_ID = "3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44";

    private GatewayContract() {}

    /** @param owner the service a path is routed to, or null for the gateway's own (then no 502/503/504) */
    public static void apply(ObjectNode document, Function<String, String> owner) {
        ObjectNode info = document.withObjectProperty("info");
        info.put(
                "description",
                "The mentorship program's API behind its gateway: applications, evaluations, stipends "
                        + "and certificates. Every call but the public ones carries a bearer token; every error is an RFC 9457 "
                        + "problem (application/problem+json) with a stable type; lists are pages of at most 100.");
        info.putObject("contact").put("name", "Mentorship program").put("url", "https://mentorship.example.org");
        info.putObject("license").put("name", "Apache 2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        ObjectNode components = document.withObjectProperty("components");
        if (!components.path("schemas").has("Problem")) {
            // Without any service's document (all down) the gateway's own errors still need the shape.
            ObjectNode problem = components
                    .withObjectProperty("schemas")
                    .putObject("Problem")
                    .put("type", "object");
            problem.putArray("required").add("type").add("title").add("status");
            ObjectNode properties = problem.putObject("properties");
            properties
                    .putObject("type")
                    .put("type", "string")
                    .put("format", "uri")
                    .put("maxLength", 200);
            properties.putObject("title").put("type", "string").put("maxLength", 200);
            properties
                    .putObject("status")
                    .put("type", "integer")
                    .put("format", "int32")
                    .put("minimum", 100)
                    .put("maximum", 599);
            properties.putObject("detail").put("type", "string").put("maxLength", 2000);
            properties
                    .putObject("instance")
                    .put("type", "string")
                    .put("format", "uri-reference")
                    .put("maxLength", 2000);
        }
        headers(components.withObjectProperty("headers"));
        ObjectNode schemes = components.withObjectProperty("securitySchemes");
        schemes.set(
                SCHEME,
                JSON.objectNode()
                        .put("type", "http")
                        .put("scheme", "bearer")
                        .put("bearerFormat", "JWT")
                        .put(
                                "description",
                                "A bearer JWT signed with RS256 by the program's OIDC provider; the roles are in its "
                                        + "groups claim. The gateway and every service verify it as RFC8725 recommends: the algorithm is "
                                        + "fixed (RS256, never none), and signature, issuer and expiry are checked. Operations list the "
                                        + "roles they admit."));
        // The payout callback's Standard Webhooks signature, declared here rather than in stipend-service: there
        // SmallRye would give that scheme to every @RolesAllowed operation of the service instead of the bearer token.
        schemes.set(
                WEBHOOK_SCHEME,
                JSON.objectNode()
                        .put("type", "apiKey")
                        .put("in", "header")
                        .put("name", "webhook-signature")
                        .put(
                                "description",
                                "Standard Webhooks signature of the payout provider's callback, with webhook-id and "
                                        + "webhook-timestamp: see reportPayout"));
        JsonNode callback = document.path("paths").path(PAYOUT_CALLBACK).path("post");
        if (callback instanceof ObjectNode operation) {
            operation.putArray("security").addObject().putArray(WEBHOOK_SCHEME);
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                    operation(path.getKey(), operation, owner.apply(path.getKey()));
                }
            }
        }
        bound(components.path("schemas"));
        bound(document.path("paths"));
        problemTypes(document);
    }

    /**
     * The gateway's catalogue (its own types and platform's) in the document's {@value OpenApiMerger#PROBLEM_TYPES},
     * in the shape the services' ProblemDocumentation publishes; the gateway's entry stands for what the gateway
     * answers. Sorted by slug, as the merge leaves it.
     */
    static void problemTypes(ObjectNode document) {
        TreeMap<String, JsonNode> bySlug = new TreeMap<>();
        document.path(OpenApiMerger.PROBLEM_TYPES).properties().forEach(e -> bySlug.put(e.getKey(), e.getValue()));
        for (ProblemType type : ProblemCatalogue.of(GatewayProblems.class).types()) {
            bySlug.put(
                    type.slug(),
                    JSON.objectNode()
                            .put("type", type.type())
                            .put("status", type.status())
                            .put("title", type.title())
                            .put("description", type.description()));
        }
        ObjectNode types = JSON.objectNode();
        bySlug.forEach(types::set);
        document.set(OpenApiMerger.PROBLEM_TYPES, types);
    }

    private static void operation(String path, ObjectNode operation, String service) {
        ObjectNode responses = operation.withObjectProperty("responses");
        String instance = path.replaceAll("\\{[^}]+}", SAMPLE_ID);
        boolean secured = false;
        for (JsonNode requirement : operation.path("security")) {
            secured |= requirement.has(SCHEME);
        }
        if (secured) {
            responses.set(
                    "401",
                    problem(
                            "Refused by the gateway before any service sees the request: authentication-required, invalid-token",
                            ProblemBodies.authenticationRequired(instance),
                            ProblemBodies.invalidToken(instance)));
            ((ObjectNode) responses.get("401"))
                    .withObjectProperty("headers")
                    .set("WWW-Authenticate", ref("WWW-Authenticate"));
        }
        if (operation.has("requestBody")) {
            responses.set(
                    "413",
                    problem(
                            "payload-too-large: the body is larger than the gateway admits (1 MiB by default)",
                            ProblemBodies.payloadTooLarge(1_048_576, instance)));
        }
        if (!responses.has("500")) {
            responses.set("500", problem("internal-error", ProblemBodies.internalError(instance)));
        }
        responses.set(
                "429",
                problem(
                        "too-many-requests: this client's rate limit is used up (per token subject when signed in, "
                                + "per source address without a token, and per source address for bad or expired tokens, whose signature is "
                                + "then not even checked); wait Retry-After seconds",
                        ProblemBodies.tooManyRequests(12, instance)));
        ((ObjectNode) responses.get("429")).withObjectProperty("headers").set("Retry-After", ref("Retry-After"));
        if (service != null) {
            responses.set(
                    "502",
                    problem(
                            "upstream-unavailable: the gateway could not reach the service",
                            ProblemBodies.upstreamUnavailable(service, instance)));
            responses.set(
                    "503",
                    problem(
                            "upstream-circuit-open: the service kept failing; the gateway pauses calls to it for "
                                    + "Retry-After seconds. upstream-overloaded: the service has as many requests in flight as the gateway gives "
                                    + "it; the excess is answered at once rather than queued: retry after Retry-After seconds. "
                                    + "database-unavailable: the service's database cannot take the request right now (nothing was changed); "
                                    + "retry after Retry-After seconds",
                            ProblemBodies.circuitOpen(service, 10, instance),
                            ProblemBodies.upstreamOverloaded(service, instance),
                            ProblemBodies.databaseUnavailable(instance)));
            ((ObjectNode) responses.get("503")).withObjectProperty("headers").set("Retry-After", ref("Retry-After"));
            responses.set(
                    "504",
                    problem(
                            "upstream-timeout: the service did not answer in time",
                            ProblemBodies.upstreamTimeout(service, instance)));
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (!(response.getValue() instanceof ObjectNode answer) || answer.has("$ref")) {
                continue;
            }
            String code = response.getKey();
            ObjectNode headers = answer.withObjectProperty("headers");
            if (code.startsWith("2") || code.startsWith("4")) {
                headers.set("X-RateLimit-Limit", ref("X-RateLimit-Limit"));
                headers.set("X-RateLimit-Remaining", ref("X-RateLimit-Remaining"));
            }
            headers.set("X-Request-Id", ref("X-Request-Id"));
            headers.set("Access-Control-Allow-Origin", ref("Access-Control-Allow-Origin"));
            if (!code.startsWith("2") && !code.startsWith("3")) {
                problemSchema(answer);
            }
        }
    }

    /** An error documented with examples only (the gateway's own dashboard) gets the Problem schema too. */
    private static void problemSchema(ObjectNode answer) {
        JsonNode content = answer.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return;
        }
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getValue() instanceof ObjectNode type && !type.has("schema")) {
                type.set("schema", JSON.objectNode().put("$ref", PROBLEM_REF));
            }
        }
    }

    /**
     * The gateway's own schemas (its dashboard) are not bounded by the services' platform filter: a string or array
     * without a limit gets the request body limit, as there; the services' parts are already bounded.
     */
    static void bound(JsonNode node) {
        if (node instanceof ObjectNode schema
                && (schema.path("type").isTextual() || schema.path("type").isArray())
                && !schema.has("$ref")) {
            String type = schema.get("type").toString();
            if (type.contains("\"string\"")
                    && !schema.has("maxLength")
                    && !schema.has("enum")
                    && !schema.has("const")) {
                schema.put("maxLength", 1_048_576);
            }
            if (type.contains("\"array\"") && !schema.has("maxItems")) {
                schema.put("maxItems", 1_048_576);
            }
            if (type.contains("\"integer\"") && !schema.has("minimum") && !schema.has("exclusiveMinimum")) {
                schema.put("minimum", Long.MIN_VALUE);
            }
            if (type.contains("\"integer\"") && !schema.has("maximum") && !schema.has("exclusiveMaximum")) {
                schema.put("maximum", Long.MAX_VALUE);
            }
        }
        if (node.isArray()) {
            node.forEach(GatewayContract::bound);
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if ("properties".equals(field.getKey()) || "headers".equals(field.getKey())) {
                // A map of names to schemas: "type" there is a property's name, not a keyword.
                field.getValue().forEach(GatewayContract::bound);
            } else if (!"examples".equals(field.getKey()) && !"example".equals(field.getKey())) {
                bound(field.getValue());
            }
        }
    }

    private static ObjectNode problem(String description, Problem... examples) {
        ObjectNode response = JSON.objectNode().put("description", description);
        ObjectNode media = response.withObjectProperty("content").withObjectProperty(Problem.MEDIA_TYPE);
        media.set("schema", JSON.objectNode().put("$ref", PROBLEM_REF));
        ObjectNode named = media.withObjectProperty("examples");
        for (Problem example : examples) {
            named.withObjectProperty(example.type().substring(Problem.TYPE_BASE.length()))
                    .set("value", MAPPER.valueToTree(example));
        }
        return response;
    }

    private static ObjectNode ref(String header) {
        return JSON.objectNode().put("$ref", HEADERS + header);
    }

    private static void headers(ObjectNode headers) {
        header(
                headers,
                "X-RateLimit-Limit",
                "integer",
                "How many requests this client may make per period "
                        + "(per token subject when signed in, per address otherwise). Sent with every answer the rate limit let "
                        + "through, and with its 429s; not with a 401 (a missing or bad token is refused before the per-client count; bad "
                        + "tokens have their own budget per source address).");
        header(
                headers,
                "X-RateLimit-Remaining",
                "integer",
                "How many requests this client has left in the current "
                        + "period; sent with the same answers as X-RateLimit-Limit.");
        header(headers, "Retry-After", "integer", "Seconds to wait before trying again.");
        header(
                headers,
                "X-Request-Id",
                "string",
                "The request's id (the client's own if it sent a well-formed one); "
                        + "it appears in every log line of every service that handled the request.");
        header(
                headers,
                "Access-Control-Allow-Origin",
                "string",
                "Sent when the request's Origin is one of the "
                        + "configured frontend origins (QUARKUS_HTTP_CORS_ORIGINS); no other origin is allowed.");
        header(headers, "WWW-Authenticate", "string", "Bearer");
    }

    private static void header(ObjectNode headers, String name, String type, String description) {
        ObjectNode schema = JSON.objectNode().put("type", type);
        if ("integer".equals(type)) {
            schema.put("format", "int64").put("minimum", 0).put("maximum", Long.MAX_VALUE);
        } else {
            schema.put("maxLength", "Access-Control-Allow-Origin".equals(name) ? 2048 : 200);
        }
        headers.set(name, JSON.objectNode().put("description", description).set("schema", schema));
    }

    /**
     * Leaves out components nothing refers to any more (the dead-letter and clock schemas of the paths the gateway
     * does not route). Security schemes stay: operations name them by key.
     */
    public static void pruneUnused(ObjectNode document) {
        JsonNode components = document.path("components");
        if (!(components instanceof ObjectNode sections)) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(document.path("paths"));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            collectRefs(node, ref -> {
                if (used.add(ref)) {
                    JsonNode target = document.at(ref.substring(1));
                    if (!target.isMissingNode()) {
                        todo.add(target);
                    }
                }
            });
        }
        for (Map.Entry<String, JsonNode> section : sections.properties()) {
            if ("securitySchemes".equals(section.getKey()) || !(section.getValue() instanceof ObjectNode entries)) {
                continue;
            }
            List<String> unused = new ArrayList<>();
            entries.fieldNames().forEachRemaining(name -> {
                if (!used.contains("#/components/" + section.getKey() + "/"
                        + name.replace("~", "~0").replace("/", "~1"))) {
                    unused.add(name);
                }
            });
            entries.remove(unused);
        }
    }

    private static void collectRefs(JsonNode node, java.util.function.Consumer<String> found) {
        if (node.isObject()
                && node.path("$ref").isTextual()
                && node.get("$ref").asText().startsWith("#/")) {
            found.accept(node.get("$ref").asText());
        }
        for (JsonNode child : node) {
            collectRefs(child, found);
        }
    }
}
