package org.mentorship.contracts.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.DataSchemaUrls;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.TopicOwner;
import org.mentorship.contracts.Topics;

/**
 * The AsyncAPI 3.0 document of every topic and event type, made from the {@link EventCatalog} and the JSON Schemas
 * and fixtures beside it, so it cannot drift from what is published: one channel per topic (plus the dead-letter
 * topics), one message per event type with its CloudEvents headers, Kafka key, payload schema and example, and one
 * send operation per publishing service.
 * <p>
 * Hand-built with Jackson: the AsyncAPI Java model ({@code com.asyncapi:asyncapi-core}) is a release candidate and
 * would add a model to keep in step for what is a small, fixed tree. The JS parser checks the result in the build
 * ({@code AsyncApiParserTest}).
 */
public final class AsyncApiDocument {

    public static final String ASYNCAPI_VERSION = "3.0.0";
    private static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final String SCHEMAS = "#/components/schemas/";

    /** Where the document points its readers: the gateway's public URL and the Kafka servers (name to host:port). */
    public record Settings(String version, String publicUrl, Map<String, Server> servers) {}

    public record Server(String host, String description) {}

    /** A topic and who publishes on it (its {@link TopicOwner}, which consumers check too). */
    private record Channel(String id, TopicOwner owner, String operationId, String description) {
        String topic() {
            return owner.topic();
        }

        String publisher() {
            return owner.service();
        }
    }

    private static final List<Channel> CHANNELS = List.of(
            new Channel(
                    "applications",
                    TopicOwner.APPLICATIONS,
                    "publishApplicationEvents",
                    "Applications, decisions and onboarding. Key: the application id; MenteeOnboarded: the new "
                            + "mentorship id."),
            new Channel(
                    "evaluations",
                    TopicOwner.EVALUATIONS,
                    "publishEvaluationEvents",
                    "Mentorships and their evaluations. Key: the mentorship id."),
            new Channel(
                    "stipends",
                    TopicOwner.STIPENDS,
                    "publishStipendEvents",
                    "Stipend installments: scheduled, paid, failed, cancelled. Key: the mentorship id."),
            new Channel(
                    "certificates",
                    TopicOwner.CERTIFICATES,
                    "publishCertificateEvents",
                    "Letters of Completion issued and revoked. Key: the mentorship id."));

    /** Every service consumes, so every service has a dead-letter topic. */
    private static final List<String> CONSUMERS =
            List.of("application-service", "evaluation-service", "stipend-service", "certificate-service");

    private static final ObjectMapper MAPPER = EventJson.mapper();

    public static ObjectNode of(Settings settings) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("asyncapi", ASYNCAPI_VERSION);
        doc.put("id", "urn:mentorship:events");
        info(doc.putObject("info"), settings);
        doc.put("defaultContentType", CloudEventHeaders.JSON);
        ObjectNode servers = doc.putObject("servers");
        settings.servers()
                .forEach((name, server) -> servers.putObject(name)
                        .put("host", server.host())
                        .put("protocol", "kafka")
                        .put("description", server.description()));

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");

        for (Channel channel : CHANNELS) {
            ObjectNode node = channels.putObject(channel.id());
            node.put("address", channel.topic());
            node.put("title", channel.topic());
            node.put("description", channel.description() + " Published by " + channel.publisher() + ".");
            ObjectNode channelMessages = node.putObject("messages");
            ObjectNode operation = operations.putObject(channel.operationId());
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channel.id());
            operation.put(
                    "summary", channel.publisher() + " publishes these events (from its outbox, in order per key)");
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventCatalog entry : entriesOf(channel.topic())) {
                channelMessages.putObject(entry.type()).put("$ref", "#/components/messages/" + entry.type());
                operationMessages.addObject().put("$ref", "#/channels/" + channel.id() + "/messages/" + entry.type());
                addSchema(schemas, entry);
                messages.set(entry.type(), message(entry, channel, settings.publicUrl()));
            }
        }
        deadLetters(channels, operations, messages);
        schemas.set("CloudEventHeaders", cloudEventHeaders());
        return doc;
    }

    private static void info(ObjectNode info, Settings settings) {
        info.put("title", "Mentorship program events");
        info.put("version", settings.version());
        info.put("description", """
                Every event the services publish, one channel per Kafka topic. Each is a CloudEvents 1.0 event in \
                the Kafka protocol binding, binary content mode: the envelope in `ce_` headers, the Kafka key the \
                aggregate id (so one aggregate's events stay in order on one partition), the value the JSON data. \
                `ce_id` is the dedupe key: delivery is at least once, so consumers skip an id they have seen. \
                `ce_dataschema` is the URL where the gateway serves the data's JSON Schema \
                (%s/schemas/events/{type}/{version}). Changes are additive: new optional properties may appear, \
                so ignore unknown ones.""".formatted(settings.publicUrl()));
    }

    private static List<EventCatalog> entriesOf(String topic) {
        return Arrays.stream(EventCatalog.values())
                .filter(e -> e.topic().equals(topic))
                .toList();
    }

    /**
     * The event's JSON Schema as an AsyncAPI schema: its {@code $defs} become components of their own (a
     * {@code #/$defs/...} reference would otherwise point into the AsyncAPI document's root) and {@code $schema}
     * and {@code $id} go (the id names the stand-alone file, which the {@code ce_dataschema} URL serves).
     */
    private static void addSchema(ObjectNode schemas, EventCatalog entry) {
        ObjectNode schema = (ObjectNode) read(EventSchemas.schemaText(entry.type()));
        schema.remove(List.of("$schema", "$id"));
        JsonNode defs = schema.remove("$defs");
        if (defs != null) {
            for (Map.Entry<String, JsonNode> def : defs.properties()) {
                schemas.set(defName(entry, def.getKey()), def.getValue());
            }
        }
        rewriteRefs(schema, entry);
        if (defs != null) {
            for (Map.Entry<String, JsonNode> def : defs.properties()) {
                rewriteRefs(def.getValue(), entry);
            }
        }
        schemas.set(entry.type(), schema);
    }

    private static String defName(EventCatalog entry, String def) {
        return entry.type() + "." + def;
    }

    private static void rewriteRefs(JsonNode node, EventCatalog entry) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                object.put("$ref", SCHEMAS + defName(entry, ref.asText().substring("#/$defs/".length())));
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            rewriteRefs(children.next(), entry);
        }
    }

    private static ObjectNode message(EventCatalog entry, Channel channel, String publicUrl) {
        JsonNode schema = read(EventSchemas.schemaText(entry.type()));
        ObjectNode message = MAPPER.createObjectNode();
        message.put("name", entry.type());
        message.put("title", entry.type());
        message.put("summary", firstSentence(schema.path("description").asText()));
        message.put("description", schema.path("description").asText());
        message.put("contentType", CloudEventHeaders.JSON);
        String dataSchema = dataSchema(publicUrl, entry);
        message.set("headers", headers(entry, channel, dataSchema));
        message.putObject("payload").put("$ref", SCHEMAS + entry.type());
        message.putObject("correlationId")
                .put("description", "The CloudEvent id, the consumers' dedupe key")
                .put("location", "$message.header#/" + CloudEventHeaders.ID);
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        ObjectNode key = kafka.putObject("key").put("type", "string");
        if (keyedByUuid(entry)) {
            key.put("format", "uuid");
        }
        key.put("description", "The aggregate id, also ce_subject: " + aggregate(entry));
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);

        JsonNode fixture = read(EventSchemas.fixture(entry.type()));
        ObjectNode example = message.putArray("examples").addObject();
        example.put("name", entry.type());
        example.put("summary", "A " + entry.type() + " as it is on the topic");
        ObjectNode headers = example.putObject("headers");
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, "0b0e7d36-5b8e-4d0c-9f0a-3c1e2d4f5a6b");
        headers.put(CloudEventHeaders.TYPE, entry.type());
        headers.put(CloudEventHeaders.SOURCE, source(channel));
        headers.put(CloudEventHeaders.TIME, "2026-03-27T10:15:30Z");
        headers.put(
                CloudEventHeaders.SUBJECT, fixture.path(aggregateField(entry)).asText());
        headers.put(CloudEventHeaders.DATA_SCHEMA, dataSchema);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        example.set("payload", fixture);
        return message;
    }

    static String dataSchema(String publicUrl, EventCatalog entry) {
        return DataSchemaUrls.of(publicUrl, entry.type(), entry.schemaVersion());
    }

    /** This type's headers: the common CloudEvents ones with its own type, source and data schema fixed. */
    private static ObjectNode headers(EventCatalog entry, Channel channel, String dataSchema) {
        ObjectNode headers = MAPPER.createObjectNode();
        headers.put("type", "object");
        headers.putArray("allOf").addObject().put("$ref", SCHEMAS + "CloudEventHeaders");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject(CloudEventHeaders.TYPE).put("const", entry.type());
        properties.putObject(CloudEventHeaders.SOURCE).put("const", source(channel));
        properties.putObject(CloudEventHeaders.DATA_SCHEMA).put("const", dataSchema);
        if (keyedByUuid(entry)) {
            properties.putObject(CloudEventHeaders.SUBJECT).put("format", "uuid");
        }
        return headers;
    }

    private static String source(Channel channel) {
        return channel.owner().source();
    }

    private static ObjectNode cloudEventHeaders() {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("type", "object");
        schema.put(
                "description", "CloudEvents 1.0 attributes as Kafka headers (protocol binding, binary content mode)");
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        header(properties, required, CloudEventHeaders.SPEC_VERSION, "CloudEvents version")
                .put("const", CloudEventHeaders.SPEC_VERSION_VALUE);
        header(
                        properties,
                        required,
                        CloudEventHeaders.ID,
                        "Event id: the same on every redelivery; consumers " + "dedupe on it")
                .put("format", "uuid");
        header(
                properties,
                required,
                CloudEventHeaders.TYPE,
                "Event type, e.g. EvaluationPassed: names the data's " + "schema together with ce_dataschema");
        header(properties, required, CloudEventHeaders.SOURCE, "The publishing service, /mentorship/<service>");
        header(properties, required, CloudEventHeaders.TIME, "When it happened (UTC, RFC 3339)")
                .put("format", "date-time");
        header(
                properties,
                required,
                CloudEventHeaders.SUBJECT,
                "The aggregate id, also the Kafka key: a UUID, or a person's user id for the Person events");
        header(
                        properties,
                        required,
                        CloudEventHeaders.DATA_SCHEMA,
                        "URL of the data's JSON Schema, served by " + "the gateway")
                .put("format", "uri");
        header(properties, required, CloudEventHeaders.CONTENT_TYPE, "Media type of the value")
                .put("const", CloudEventHeaders.JSON);
        schema.put("additionalProperties", true);
        return schema;
    }

    private static ObjectNode header(ObjectNode properties, ArrayNode required, String name, String description) {
        required.add(name);
        return properties.putObject(name).put("type", "string").put("description", description);
    }

    /** Records a consumer could never process, with the reason; see the services' dead-letter API to replay. */
    private static void deadLetters(ObjectNode channels, ObjectNode operations, ObjectNode messages) {
        ObjectNode channel = channels.putObject("deadLetters");
        channel.put("address", Topics.deadLetter("{consumer}"));
        channel.put("title", "Dead letters");
        channel.put(
                "description",
                "Records a consumer could never process (malformed, refused by a rule or by "
                        + "PostgreSQL), as they were delivered, with the reason. Each service also keeps them in its "
                        + "dead_letter table: GET /api/v1/dead-letters lists them, POST /api/v1/dead-letters/{id}/replay runs "
                        + "one again (on the service itself).");
        ObjectNode consumer = channel.putObject("parameters").putObject("consumer");
        consumer.put("description", "The consuming service (its Kafka consumer group)");
        ArrayNode values = consumer.putArray("enum");
        CONSUMERS.forEach(values::add);
        channel.putObject("messages").putObject("DeadLetter").put("$ref", "#/components/messages/DeadLetter");

        ObjectNode operation = operations.putObject("deadLetterUnprocessableEvents");
        operation.put("action", "send");
        operation.putObject("channel").put("$ref", "#/channels/deadLetters");
        operation.put("summary", "A consumer parks a record it can never process, so the records after it flow on");
        operation.putArray("messages").addObject().put("$ref", "#/channels/deadLetters/messages/DeadLetter");

        ObjectNode message = messages.putObject("DeadLetter");
        message.put("name", "DeadLetter");
        message.put("title", "Dead letter");
        message.put("summary", "The original record (key, headers and value unchanged) and why it was given up");
        message.put("contentType", CloudEventHeaders.JSON);
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.put("description", "The original record's headers (ce_* when it had them) plus the reason");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("dead-letter-reason").put("type", "string").put("description", "Why it was given up");
        properties.putObject("dead-letter-cause").put("type", "string").put("description", "The underlying error");
        properties.putObject("dead-letter-topic").put("type", "string").put("description", "Where it came from");
        properties.putObject("dead-letter-partition").put("type", "string").put("description", "Its partition there");
        properties.putObject("dead-letter-offset").put("type", "string").put("description", "Its offset there");
        headers.putArray("required").add("dead-letter-reason");
        headers.put("additionalProperties", true);
        message.putObject("payload")
                .put(
                        "description",
                        "The original value as it was delivered: usually an event's JSON data, but "
                                + "possibly not JSON at all (that may be why it is here)");
    }

    private static String aggregate(EventCatalog entry) {
        return switch (aggregateField(entry)) {
            case "applicationId" -> "the application";
            case "personId" -> "the person's user id";
            case "projectId" -> "the project";
            default -> "the mentorship";
        };
    }

    private static boolean keyedByUuid(EventCatalog entry) {
        return !aggregateField(entry).equals("personId");
    }

    /**
     * As CatalogTest pins it: the application until the mentorship exists, the mentorship from onboarding on; a
     * person's settings and erasure by the person; a project's mentor changes by the project.
     */
    private static String aggregateField(EventCatalog entry) {
        if (entry.type().startsWith("Person")) {
            return "personId";
        }
        if (entry.type().startsWith("MentorAssigned") || entry.type().startsWith("MentorRemoved")) {
            return "projectId";
        }
        return entry.type().startsWith("Application") || entry.type().equals("TaxFormConfirmed")
                ? "applicationId"
                : "mentorshipId";
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    /** The default settings: the local run (./mentorship up). */
    public static Settings localSettings(String version, String publicUrl) {
        Map<String, Server> servers = new LinkedHashMap<>();
        servers.put("local", new Server("localhost:19092", "The local run (./mentorship up)"));
        return new Settings(version, publicUrl, servers);
    }

    private AsyncApiDocument() {}
}
