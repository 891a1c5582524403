package org.mentorship.contracts.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.DataSchemaUrls;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;

/** The AsyncAPI document has every event on its topic, the schemas and examples of the contracts, and resolvable URLs. */
class AsyncApiDocumentTest {

    private static final String PUBLIC_URL = "https://api.mentorship.example.org";
    private static final ObjectNode DOC = AsyncApiDocument.of(new AsyncApiDocument.Settings(
            "1.2.3",
            PUBLIC_URL,
            Map.of("production", new AsyncApiDocument.Server("kafka.example.org:9092", "Production"))));

    /** AsyncAPI schemas are JSON Schema draft 07 (plus a few keywords); formats checked as in EventSchemas. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void everyEventIsAMessageOfItsTopicsChannelAndOperation(EventCatalog entry) {
        String channel = channelOf(entry.topic());
        assertEquals(
                "#/components/messages/" + entry.type(),
                DOC.path("channels")
                        .path(channel)
                        .path("messages")
                        .path(entry.type())
                        .path("$ref")
                        .asText());
        List<String> sent = new ArrayList<>();
        for (JsonNode operation : DOC.path("operations")) {
            if (operation.path("channel").path("$ref").asText().equals("#/channels/" + channel)) {
                assertEquals("send", operation.path("action").asText());
                operation.path("messages").forEach(m -> sent.add(m.path("$ref").asText()));
            }
        }
        assertTrue(sent.contains("#/channels/" + channel + "/messages/" + entry.type()), sent.toString());
    }

    @Test
    void exactlyTheCatalogsEventsAndTheDeadLetters() {
        Set<String> expected = new LinkedHashSet<>();
        for (EventCatalog entry : EventCatalog.values()) {
            expected.add(entry.type());
        }
        expected.add("DeadLetter");
        assertEquals(expected, names(DOC.path("components").path("messages")));
        assertEquals(
                "mentorship.dead-letter.{consumer}",
                DOC.path("channels").path("deadLetters").path("address").asText());
        assertEquals(
                Set.of("applications", "evaluations", "stipends", "certificates", "deadLetters"),
                names(DOC.path("channels")));
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void payloadIsTheEventsJsonSchema(EventCatalog entry) {
        JsonNode contract = tree(EventSchemas.schemaText(entry.type()));
        JsonNode payload = DOC.path("components").path("schemas").path(entry.type());
        assertEquals(names(contract.path("properties")), names(payload.path("properties")));
        assertEquals(contract.path("required"), payload.path("required"));
        assertEquals(contract.path("description"), payload.path("description"));
        assertFalse(payload.has("$defs") || payload.has("$id"), "definitions move to components, the id goes");
        assertFalse(DOC.toString().contains("#/$defs/"), "no reference into the document's root $defs is left");
    }

    /** Proves the schemas as the document carries them (definitions moved, references rewritten) still work. */
    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void theExampleIsValidAgainstTheDocumentsSchemas(EventCatalog entry) {
        JsonNode message = DOC.path("components").path("messages").path(entry.type());
        JsonNode example = message.path("examples").get(0);
        assertEquals(tree(EventSchemas.fixture(entry.type())), example.path("payload"));
        assertEquals(List.of(), violations("#/components/schemas/" + entry.type(), example.path("payload")));
        assertEquals(
                List.of(), violations("#/components/messages/" + entry.type() + "/headers", example.path("headers")));

        ObjectNode wrong = example.path("payload").deepCopy();
        wrong.put(wrong.fieldNames().next(), 42);
        assertFalse(violations("#/components/schemas/" + entry.type(), wrong).isEmpty(), "a wrong payload is caught");
        ObjectNode otherType = example.path("headers").deepCopy();
        otherType.put(CloudEventHeaders.TYPE, "SomethingElse");
        assertFalse(violations("#/components/messages/" + entry.type() + "/headers", otherType)
                .isEmpty());
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void dataSchemaIsTheUrlTheGatewayServes(EventCatalog entry) {
        String url = PUBLIC_URL + "/schemas/events/" + entry.type() + "/" + entry.schemaVersion();
        JsonNode message = DOC.path("components").path("messages").path(entry.type());
        assertEquals(
                url,
                message.path("headers")
                        .path("properties")
                        .path(CloudEventHeaders.DATA_SCHEMA)
                        .path("const")
                        .asText());
        assertEquals(
                url,
                message.path("examples")
                        .get(0)
                        .path("headers")
                        .path(CloudEventHeaders.DATA_SCHEMA)
                        .asText());
    }

    @Test
    void serversAndVersionAreTheGivenOnes() {
        assertEquals("3.0.0", DOC.path("asyncapi").asText());
        assertEquals("1.2.3", DOC.path("info").path("version").asText());
        assertEquals(
                "kafka.example.org:9092",
                DOC.path("servers").path("production").path("host").asText());
        assertEquals(
                "kafka", DOC.path("servers").path("production").path("protocol").asText());
    }

    /** The build wrote the document with the default settings; what is in target/ is what the code makes now. */
    @Test
    void theBuildWroteTheDocument() throws Exception {
        Path written =
                Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target/asyncapi/asyncapi.json");
        JsonNode onDisk = tree(Files.readString(written));
        assertEquals(
                AsyncApiDocument.of(AsyncApiDocument.localSettings(
                        onDisk.path("info").path("version").asText(), DataSchemaUrls.DEFAULT_PUBLIC_URL)),
                onDisk);
        assertTrue(Files.isRegularFile(written.resolveSibling("asyncapi.yaml")));
    }

    private static List<String> violations(String pointer, JsonNode instance) {
        ObjectNode schema = EventJson.mapper().createObjectNode();
        schema.put("$ref", pointer);
        schema.set("components", DOC.path("components"));
        return REGISTRY
                .getSchema(schema.toString(), InputFormat.JSON)
                .validate(instance.toString(), InputFormat.JSON)
                .stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    private static String channelOf(String topic) {
        for (Map.Entry<String, JsonNode> channel : DOC.path("channels").properties()) {
            if (channel.getValue().path("address").asText().equals(topic)) {
                return channel.getKey();
            }
        }
        throw new AssertionError("No channel for " + topic);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode tree(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }
}
