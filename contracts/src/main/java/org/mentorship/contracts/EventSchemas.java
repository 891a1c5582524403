package org.mentorship.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schema (draft 2020-12) and the example data of every event in the {@link EventCatalog}, both on the
 * classpath ({@code schemas/<Type>.v<version>.json}, {@code fixtures/<Type>.json}). Producers' tests call
 * {@link #validate(String, String)} on what they publish; {@link EventJson#read} calls it on what is consumed.
 */
public final class EventSchemas {

    /** Formats (uuid, date-time, date, email, uri) are assertions here, not the 2020-12 default of annotations. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<EventCatalog, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /**
     * Checks event data against the current schema of its type.
     *
     * @throws MalformedEventException naming every violation, if the type is unknown, the text is not JSON or
     *         the data does not match the schema
     */
    public static void validate(String type, String json) {
        List<String> violations = violations(type, json);
        if (!violations.isEmpty()) {
            throw new MalformedEventException(
                    "Event data is not a valid " + type + ": " + String.join("; ", violations));
        }
    }

    /** Checks what a producer is about to publish: {@link EventJson#write} of the event against its schema. */
    public static void validate(DomainEvent event) {
        validate(event.type(), EventJson.write(event));
    }

    /**
     * The schema violations of event data, empty when it is valid.
     *
     * @throws MalformedEventException if the type is unknown
     */
    public static List<String> violations(String type, String json) {
        EventCatalog entry = EventCatalog.ofType(type)
                .orElseThrow(() -> new MalformedEventException("Unknown event type '" + type + "'"));
        if (json == null || json.isBlank()) {
            return List.of("no data");
        }
        List<Error> errors;
        try {
            errors = schema(entry).validate(json, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of("not JSON (" + firstLine(e.getMessage()) + ")");
        }
        return errors.stream().map(EventSchemas::describe).toList();
    }

    /** The example data of an event type, valid against its schema. */
    public static String fixture(String type) {
        EventCatalog entry = EventCatalog.ofType(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type '" + type + "'"));
        return resource(entry.fixtureResource());
    }

    /** The text of the current JSON Schema of an event type, e.g. to publish it to partners. */
    public static String schemaText(String type) {
        EventCatalog entry = EventCatalog.ofType(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type '" + type + "'"));
        return resource(entry.schemaResource());
    }

    private static Schema schema(EventCatalog entry) {
        return SCHEMAS.computeIfAbsent(entry, e -> {
            Schema schema = REGISTRY.getSchema(resource(e.schemaResource()), InputFormat.JSON);
            schema.initializeValidators();
            return schema;
        });
    }

    private static String describe(Error error) {
        String location = String.valueOf(error.getInstanceLocation());
        String message = error.getMessage();
        return message.startsWith(location) ? message : location + ": " + message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static String resource(String path) {
        ClassLoader loader = EventSchemas.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + path, e);
        }
    }

    private EventSchemas() {}
}
