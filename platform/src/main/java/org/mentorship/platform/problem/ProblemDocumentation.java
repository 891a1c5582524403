package org.mentorship.platform.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.mentorship.platform.idempotency.IdempotencyKeys;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/**
 * Documents every error answer the way {@link ProblemMappers} writes it: one {@code Problem} schema (RFC 9457 and the
 * {@code errors} extension of validation failures) under {@code application/problem+json}, with one example per
 * problem type the operation can answer. The types are the slugs an {@code @APIResponse} description names (e.g.
 * "no-free-slot, already-applied"); a description without one gets the type that status always has here (400
 * validation-failed, 401 unauthenticated, 403 forbidden, 404 not-found, ...). Every operation also documents the 500
 * internal-error that {@link ProblemMappers#unexpected} answers, and one whose path names an object its 404 not-found.
 *
 * <p>Hand-written (a SmallRye OASFilter) because the examples were copied by hand before, and every error of a whole
 * service ended up documented as the same no-free-slot body; one rule in one place keeps 100+ operations honest.
 */
public class ProblemDocumentation implements OASFilter {

    public static final String SCHEMA = "Problem";
    /** The type of an error answer whose description names none: the contract test refuses it. */
    public static final String UNNAMED = "unnamed-problem-type";

    private static final String REF = "#/components/schemas/" + SCHEMA;
    private static final Pattern SLUG =
            Pattern.compile("(?<![\\w.-])([a-z]+(?:-[a-z]+)+|forbidden|unauthenticated)(?![\\w-])");
    private static final int BODY_LIMIT = 1_048_576;
    private static final String SAMPLE_ID = "3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44";
    /** Where the document publishes the catalogue: slug -> status, title, description (ProblemCatalogue). */
    public static final String CATALOGUE = "x-problem-types";

    private final ProblemCatalogue catalogue;

    public ProblemDocumentation() {
        this(ProblemCatalogue.configured());
    }

    ProblemDocumentation(ProblemCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Bounds every scalar the way the server really bounds it, so a client (and the OWASP lint) knows the limits:
     * an integer by its Java type, a string by its format or else by the request body limit (1 MiB at the gateway),
     * an array likewise. A bean-validation bound (@Size, @Min, @Max) is already there and stays.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null || schema.getRef() != null) {
            return schema;
        }
        boolean wide = "int64".equals(schema.getFormat()) || schema.getFormat() == null;
        if (types.contains(Schema.SchemaType.INTEGER)) {
            // @Positive writes exclusiveMinimum 0; for an integer that is minimum 1, which every tool reads alike.
            if (schema.getExclusiveMinimum() != null && schema.getMinimum() == null) {
                schema.setMinimum(schema.getExclusiveMinimum().add(java.math.BigDecimal.ONE));
                schema.setExclusiveMinimum(null);
            }
            if (schema.getExclusiveMaximum() != null && schema.getMaximum() == null) {
                schema.setMaximum(schema.getExclusiveMaximum().subtract(java.math.BigDecimal.ONE));
                schema.setExclusiveMaximum(null);
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(java.math.BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(java.math.BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE));
            }
        }
        if (types.contains(Schema.SchemaType.STRING)
                && schema.getMaxLength() == null
                && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            schema.setMaxLength(
                    switch (schema.getFormat() == null ? "" : schema.getFormat()) {
                        case "uuid" -> 36;
                        case "date" -> 10;
                        case "date-time", "local-date-time", "duration", "time" -> 64;
                        default -> BODY_LIMIT;
                    });
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(BODY_LIMIT);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(SCHEMA, bounded(problemSchema()));
        components.addSchema("Violation", bounded(violationSchema()));
        openAPI.addExtension(CATALOGUE, published());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
        nullableInAnswers(openAPI);
    }

    /** The catalogue as the document publishes it, by slug. */
    private Map<String, Object> published() {
        Map<String, Object> types = new java.util.TreeMap<>();
        for (ProblemType type : catalogue.types()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", type.type());
            entry.put("status", type.status());
            entry.put("title", type.title());
            entry.put("description", type.description());
            types.put(type.slug(), entry);
        }
        return types;
    }

    /**
     * Jackson writes a record's null field as null, so in what the server answers every property that is not
     * required may be null: documented so (type + "null", or anyOf [$ref, null]). In a request body an optional
     * field may be null too (taken as absent). Only schemas reached from a body or a 2xx answer.
     */
    private static void nullableInAnswers(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> answered = new LinkedHashSet<>();
        Set<String> requested = new LinkedHashSet<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(m -> reach(m.getSchema(), schemas, requested));
                    }
                    if (op.getResponses() != null) {
                        op.getResponses().getAPIResponses().forEach((code, response) -> {
                            if (code.startsWith("2") && response.getContent() != null) {
                                response.getContent()
                                        .getMediaTypes()
                                        .values()
                                        .forEach(m -> reach(m.getSchema(), schemas, answered));
                            }
                        });
                    }
                }));
        // A request's optional field may be sent as null as well (Jackson takes it as absent), so both sides.
        answered.addAll(requested);
        for (String name : answered) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> property :
                    new ArrayList<>(schema.getProperties().entrySet())) {
                if (!required.contains(property.getKey())) {
                    schema.addProperty(property.getKey(), nullable(property.getValue()));
                }
            }
        }
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema either = OASFactory.createSchema()
                    .description(property.getDescription())
                    .anyOf(List.of(
                            OASFactory.createSchema().ref(property.getRef()),
                            OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
            return either;
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(property.getType());
            types.add(Schema.SchemaType.NULL);
            property.setType(types);
        }
        return property;
    }

    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (schemas.containsKey(name) && seen.add(name)) {
                reach(schemas.get(name), schemas, seen);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> reach(p, schemas, seen));
        }
        reach(schema.getItems(), schemas, seen);
        if (schema.getAdditionalPropertiesSchema() != null) {
            reach(schema.getAdditionalPropertiesSchema(), schemas, seen);
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> reach(s, schemas, seen));
            }
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.getAPIResponse("500") == null) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse().description("internal-error"));
        }
        if (responses.getAPIResponse("503") == null) {
            // ProblemMappers answers it when the database cannot take the request (pool exhausted, failover).
            responses.addAPIResponse(
                    "503",
                    OASFactory.createAPIResponse()
                            .description(DatabaseUnavailable.SLUG)
                            .addHeader(
                                    "Retry-After",
                                    OASFactory.createHeader()
                                            .description("Seconds to wait before retrying")
                                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> "page".equals(p.getName()) && p.getIn() == Parameter.In.QUERY)) {
            invalidPage(responses, operation.getRequestBody() != null);
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.QUERY && p.getSchema() != null)
                    .forEach(ProblemDocumentation::pageParameter);
        }
        if (path.contains("{") && responses.getAPIResponse("404") == null) {
            // Whatever the path names may not exist (or not be the caller's to know of): ProblemMappers answers 404.
            responses.addAPIResponse("404", OASFactory.createAPIResponse());
        }
        idempotencyKey(operation, responses);
        boolean hasBody = operation.getRequestBody() != null;
        String prose = (operation.getSummary() == null ? "" : operation.getSummary()) + " "
                + (operation.getDescription() == null ? "" : operation.getDescription());
        for (Map.Entry<String, APIResponse> entry :
                new ArrayList<>(responses.getAPIResponses().entrySet())) {
            int status = status(entry.getKey());
            if (entry.getValue().getRef() == null && entry.getValue().getDescription() == null && status < 400) {
                entry.getValue().setDescription(status == 201 ? "Created" : status == 204 ? "No content" : "OK");
            }
            if (status >= 400 && entry.getValue().getRef() == null) {
                problem(entry.getValue(), status, path, hasBody, prose);
            }
        }
    }

    /**
     * An operation that takes an Idempotency-Key (platform.idempotency) says the same of it everywhere: what a repeat
     * answers, its bounds, and the 422 idempotency-key-reused and invalid-idempotency-key next to the operation's own.
     */
    private static void idempotencyKey(Operation operation, APIResponses responses) {
        Parameter key = operation.getParameters() == null
                ? null
                : operation.getParameters().stream()
                        .filter(p -> IdempotencyKeys.HEADER.equalsIgnoreCase(p.getName())
                                && p.getIn() == Parameter.In.HEADER)
                        .findFirst()
                        .orElse(null);
        if (key == null) {
            return;
        }
        key.description("Makes a retry safe: a repeat of the same request (same caller, method, path and body) "
                + "within 24 h replays the first answer (status, headers, body) with " + IdempotencyKeys.REPLAYED
                + ": true and does nothing again; the same key with another request answers 422 "
                + IdempotencyKeys.REUSED + ". A refused request (an error answer) keeps no key.");
        Schema schema =
                key.getSchema() == null ? OASFactory.createSchema().addType(Schema.SchemaType.STRING) : key.getSchema();
        if (schema.getMaxLength() == null) {
            schema.setMaxLength(200);
        }
        if (schema.getMinLength() == null) {
            schema.setMinLength(1);
        }
        key.setSchema(schema);
        APIResponse unprocessable = responses.getAPIResponse("422");
        if (unprocessable == null) {
            responses.addAPIResponse(
                    "422",
                    OASFactory.createAPIResponse()
                            .description(IdempotencyKeys.REUSED + ", " + IdempotencyKeys.INVALID));
        } else if (unprocessable.getRef() == null) {
            String named = unprocessable.getDescription() == null ? "" : unprocessable.getDescription();
            for (String slug : List.of(IdempotencyKeys.REUSED, IdempotencyKeys.INVALID)) {
                if (!slugs(named).contains(slug)) {
                    named = named.isBlank() ? slug : named + ", " + slug;
                }
            }
            unprocessable.setDescription(named);
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") && response.getRef() == null) {
                response.addHeader(
                        IdempotencyKeys.REPLAYED,
                        OASFactory.createHeader()
                                .description("true on a replayed answer (a repeat with the same Idempotency-Key)")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .addEnumeration("true")));
            }
        });
    }

    /** The page parameters as {@link PageRequest} reads them (the resources take them as nullable Integers). */
    private static void pageParameter(Parameter parameter) {
        if ("page".equals(parameter.getName())) {
            parameter.getSchema().defaultValue(0).minimum(java.math.BigDecimal.ZERO);
            parameter.description(
                    "The page, from 0; beyond the first " + PageRequest.MAX_OFFSET + " items 400 invalid-page");
        } else if ("size".equals(parameter.getName())) {
            parameter.getSchema().defaultValue(PageRequest.DEFAULT_SIZE).minimum(java.math.BigDecimal.ONE);
            parameter.description("Items per page, from 1; above " + Page.MAX_SIZE + " it is " + Page.MAX_SIZE);
        }
    }

    /** A list's page rule ({@link PageRequest}) answers 400 invalid-page, next to whatever else its 400 names. */
    private static void invalidPage(APIResponses responses, boolean hasBody) {
        APIResponse bad = responses.getAPIResponse("400");
        if (bad == null) {
            responses.addAPIResponse(
                    "400",
                    OASFactory.createAPIResponse()
                            .description(String.join(", ", defaults(400, hasBody, "")) + ", " + PageRequest.INVALID));
        } else if (bad.getRef() == null
                && (bad.getDescription() == null || !bad.getDescription().contains(PageRequest.INVALID))) {
            String named =
                    bad.getDescription() == null || slugs(bad.getDescription()).isEmpty()
                            ? String.join(", ", defaults(400, hasBody, ""))
                            : bad.getDescription();
            bad.setDescription(named + ", " + PageRequest.INVALID);
        }
    }

    private void problem(APIResponse response, int status, String path, boolean hasBody, String prose) {
        Set<String> slugs = slugs(response.getDescription());
        // "... (409 term-closed); ... (409 already-applied)" in the operation's description names them too.
        Matcher named =
                Pattern.compile("\\b" + status + " ([a-z]+(?:-[a-z]+)+)").matcher(prose);
        while (named.find()) {
            slugs.add(named.group(1));
        }
        if (slugs.isEmpty()) {
            slugs.addAll(defaults(status, hasBody, path));
        } else if (status == 403 && !slugs.contains("forbidden")) {
            // The role check answers before any rule of the operation does.
            Set<String> withRole = new LinkedHashSet<>(List.of("forbidden"));
            withRole.addAll(slugs);
            slugs = withRole;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(String.join(", ", slugs));
        }
        MediaType media =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF));
        Map<String, Example> examples = new LinkedHashMap<>();
        Map<String, Object> written = writtenExamples(response);
        for (String slug : slugs) {
            // A written example keeps its telling detail; what it leaves out (a title, the instance) is filled in.
            Map<String, Object> body = example(slug, status, path);
            if (written.get(slug) instanceof Map<?, ?> kept) {
                kept.forEach((key, value) -> body.put(String.valueOf(key), value));
            }
            examples.put(slug, OASFactory.createExample().value(body));
        }
        media.setExamples(examples);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        response.setContent(content);
    }

    /** Examples written by hand stay where they name one of the response's types (their detail is more telling). */
    private static Map<String, Object> writtenExamples(APIResponse response) {
        Map<String, Object> kept = new LinkedHashMap<>();
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return kept;
        }
        for (MediaType media : response.getContent().getMediaTypes().values()) {
            if (media.getExamples() == null) {
                continue;
            }
            for (Example example : media.getExamples().values()) {
                if (example.getValue() instanceof Map<?, ?> body
                        && body.get("type") instanceof String type
                        && type.startsWith(Problem.TYPE_BASE)) {
                    kept.putIfAbsent(type.substring(Problem.TYPE_BASE.length()), example.getValue());
                }
            }
        }
        return kept;
    }

    static Set<String> slugs(String description) {
        Set<String> slugs = new LinkedHashSet<>();
        if (description != null) {
            Matcher m = SLUG.matcher(description);
            while (m.find()) {
                slugs.add(m.group(1));
            }
        }
        return slugs;
    }

    private static List<String> defaults(int status, boolean hasBody, String path) {
        return switch (status) {
            case 400 ->
                hasBody
                        ? List.of("validation-failed", "malformed-request", "unknown-field")
                        : List.of("validation-failed");
            case 401 -> List.of("unauthenticated");
            case 403 -> List.of("forbidden");
            case 404 -> List.of("not-found");
            case 415 -> List.of("unsupported-media-type");
            default -> {
                // A made-up type would be a lie in the contract: this marker fails the gateway's
                // MergedDocumentBuildTest
                // until the description names the real types.
                yield List.of(status >= 500 ? "internal-error" : UNNAMED);
            }
        };
    }

    private Map<String, Object> example(String slug, int status, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problem.TYPE_BASE + slug);
        Optional<ProblemType> known = catalogue.find(slug);
        String title = known.map(ProblemType::title).orElseGet(() -> title(slug));
        body.put("title", title);
        body.put("status", status);
        body.put(
                "detail",
                known.map(ProblemType::description)
                        .orElse(title + ": see the operation's description for when this is answered"));
        body.put("instance", path.replaceAll("\\{[^}]+}", SAMPLE_ID));
        if ("validation-failed".equals(slug)) {
            body.put("errors", List.of(Map.of("field", "name", "message", "must not be blank")));
        }
        return body;
    }

    private static String title(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static int status(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return "default".equals(code) ? 500 : code.endsWith("XX") ? (code.charAt(0) - '0') * 100 : 0;
        }
    }

    private Schema bounded(Schema schema) {
        filterSchema(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::bounded);
        }
        if (schema.getItems() != null) {
            bounded(schema.getItems());
        }
        return schema;
    }

    private static Schema problemSchema() {
        Schema schema = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. Clients switch on type, which is stable per kind of error.")
                .required(List.of("type", "title", "status"));
        schema.addProperty(
                "type",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING))
                        .format("uri")
                        .description("https://mentorship.example.org/problems/<slug>, stable per kind of error"));
        schema.addProperty(
                "title",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING))
                        .description("A short summary of the kind of error"));
        schema.addProperty(
                "status",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status code"));
        schema.addProperty(
                "detail",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING))
                        .description("What exactly is wrong or missing in this request"));
        schema.addProperty(
                "instance",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING))
                        .format("uri-reference")
                        .description("The path of the request"));
        schema.addProperty(
                "errors",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.ARRAY))
                        .description("validation-failed only: each invalid field")
                        .maxItems(1000)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")));
        return schema;
    }

    private static Schema violationSchema() {
        Schema schema = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of a request")
                .required(List.of("field", "message"));
        schema.addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        schema.addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        return schema;
    }
}
