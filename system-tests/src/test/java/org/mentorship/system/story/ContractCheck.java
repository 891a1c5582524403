package org.mentorship.system.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every request the story sends through the gateway, and every answer, against the merged OpenAPI document
 * the gateway serves: the operation and its status are documented, the answer's media type is one the document
 * names, and a JSON answer matches that media type's schema. A request body the document calls invalid must be
 * refused (4xx); accepted, it is a violation too (the document is stricter than the server, or the server too lax).
 *
 * <p>Written here on networknt's JSON Schema validator (draft 2020-12, the dialect of OpenAPI 3.1) rather than with
 * swagger-request-validator: on this 3.1 document that library checked required properties only, never a type (tried:
 * an integer {@code type} in a problem answer passed).
 */
final class ContractCheck implements Filter {

    private static final String DOCUMENT = "https://mentorship.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode paths;
    private final SchemaRegistry schemas;
    private final List<Template> templates = new ArrayList<>();
    /** Each distinct violation once, in the order seen. */
    private final Set<String> violations = new LinkedHashSet<>();

    private int checked;

    ContractCheck(String document) {
        try {
            this.paths = JSON.readTree(document).path("paths");
        } catch (Exception e) {
            throw new IllegalArgumentException("The gateway's OpenAPI document is not JSON", e);
        }
        this.schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(DOCUMENT, document))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        paths.fieldNames().forEachRemaining(path -> templates.add(new Template(path)));
        // A literal segment beats a parameter: /applications/me before /applications/{id}.
        templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        check(request, response);
        return response;
    }

    /** The violations seen so far, each once. */
    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized int checked() {
        return checked;
    }

    private synchronized void check(FilterableRequestSpecification request, Response response) {
        checked++;
        String method = request.getMethod().toLowerCase();
        String path = URI.create(request.getURI()).getRawPath();
        int status = response.statusCode();
        Optional<Template> template =
                templates.stream().filter(t -> t.matches(path)).findFirst();
        JsonNode operation = template.map(t -> paths.path(t.path).path(method)).orElse(null);
        String call = method.toUpperCase() + " " + template.map(t -> t.path).orElse(path);
        if (operation == null || operation.isMissingNode()) {
            violations.add(call + ": no such operation in the document (answered " + status + ")");
            return;
        }
        String pointer = "/paths/" + escape(template.get().path) + "/" + method;
        if (status < 400) {
            checkRequestBody(call, pointer, operation, request);
        }
        Optional<String> code = documentedStatus(operation.path("responses"), status);
        if (code.isEmpty()) {
            violations.add(call + ": answered " + status + ", which the document does not list");
            return;
        }
        checkAnswer(
                call + " " + status,
                pointer + "/responses/" + code.get(),
                operation.path("responses").path(code.get()),
                response);
    }

    private void checkRequestBody(
            String call, String pointer, JsonNode operation, FilterableRequestSpecification request) {
        Object body = request.getBody();
        String type = mediaType(request.getContentType());
        if (body == null || !type.contains("json")) {
            return;
        }
        JsonNode media = operation.path("requestBody").path("content").path(type);
        if (media.isMissingNode()) {
            violations.add(call + ": accepted a " + type + " body the document does not describe");
            return;
        }
        validate(
                call + " request",
                pointer + "/requestBody/content/" + escape(type) + "/schema",
                media,
                body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString());
    }

    private void checkAnswer(String call, String pointer, JsonNode documented, Response response) {
        String body = response.asString();
        if (body == null || body.isEmpty()) {
            return;
        }
        String type = mediaType(response.contentType());
        JsonNode content = documented.path("content");
        JsonNode media = content.path(type);
        if (media.isMissingNode()) {
            List<String> names = new ArrayList<>();
            content.fieldNames().forEachRemaining(names::add);
            violations.add(call + ": answered " + (type.isEmpty() ? "a body without a media type" : type)
                    + ", documented " + names);
            return;
        }
        if (type.contains("json")) {
            validate(call, pointer + "/content/" + escape(type) + "/schema", media, body);
        }
    }

    private void validate(String call, String pointer, JsonNode media, String json) {
        if (!media.has("schema")) {
            violations.add(call + ": no schema documented");
            return;
        }
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + encode(pointer)));
        schema.validate(json, InputFormat.JSON)
                .forEach(e -> violations.add(call + ": " + e.getInstanceLocation() + " " + e.getMessage()));
    }

    /** The exact status, then its class ({@code 4XX}), then {@code default}. */
    private static Optional<String> documentedStatus(JsonNode responses, int status) {
        for (String code : List.of(String.valueOf(status), (status / 100) + "XX", "default")) {
            if (responses.has(code)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim()
                .toLowerCase();
    }

    /** A JSON pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer as a URI fragment: its braces and the like percent-encoded, its slashes kept. */
    private static String encode(String pointer) {
        StringBuilder fragment = new StringBuilder();
        for (Iterator<String> tokens = List.of(pointer.split("/", -1)).iterator(); tokens.hasNext(); ) {
            fragment.append(URLEncoder.encode(tokens.next(), StandardCharsets.UTF_8)
                    .replace("+", "%20")
                    .replace("%7E", "~"));
            if (tokens.hasNext()) {
                fragment.append('/');
            }
        }
        return fragment.toString();
    }

    /** A documented path, matched segment by segment ({@code {id}} matches one segment). */
    private static final class Template {
        final String path;
        final Pattern pattern;

        Template(String path) {
            this.path = path;
            StringBuilder regex = new StringBuilder();
            for (String segment : path.split("/", -1)) {
                if (!regex.isEmpty() || !segment.isEmpty()) {
                    regex.append('/');
                }
                regex.append(segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment));
            }
            this.pattern = Pattern.compile(regex.toString());
        }

        boolean matches(String requestPath) {
            return pattern.matcher(requestPath).matches();
        }

        int literalLength() {
            return path.replaceAll("\\{[^}]*}", "").length();
        }
    }
}
