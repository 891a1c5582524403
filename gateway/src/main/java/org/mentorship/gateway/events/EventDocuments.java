package org.mentorship.gateway.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorship.contracts.DataSchemaUrls;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.asyncapi.AsyncApiDocument;
import org.mentorship.contracts.asyncapi.AsyncApiWriter;

/**
 * The events' documents as the gateway publishes them: the AsyncAPI document (made by the contracts module, the
 * same code that writes it at build time, here with this deployment's public URL and Kafka servers) and each
 * event type's JSON Schema, which the events' {@code ce_dataschema} URLs point to.
 */
@ApplicationScoped
public class EventDocuments {

    private final String json;
    private final String yaml;
    private final String publicUrl;

    EventDocuments(
            @ConfigProperty(name = "quarkus.application.version") String version,
            @ConfigProperty(name = "mentorship.asyncapi.kafka-servers") List<String> kafkaServers,
            @ConfigProperty(name = "mentorship.asyncapi.kafka-description") String kafkaDescription) {
        // The same public URL the services put into ce_dataschema (MENTORSHIP_PUBLIC_URL), so the two never differ.
        this.publicUrl = DataSchemaUrls.publicUrl();
        Map<String, AsyncApiDocument.Server> servers = new LinkedHashMap<>();
        servers.put("kafka", new AsyncApiDocument.Server(String.join(",", kafkaServers), kafkaDescription));
        ObjectNode document = AsyncApiDocument.of(new AsyncApiDocument.Settings(version, publicUrl, servers));
        try {
            this.json = AsyncApiWriter.json(document);
            this.yaml = AsyncApiWriter.yaml(document);
        } catch (IOException e) {
            throw new UncheckedIOException("The AsyncAPI document cannot be written", e);
        }
    }

    public String asyncApiJson() {
        return json;
    }

    public String asyncApiYaml() {
        return yaml;
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** The JSON Schema of a type's version; empty for an unknown type or a version it does not have. */
    public Optional<String> schema(String type, String version) {
        return EventCatalog.ofType(type)
                .filter(entry -> Integer.toString(entry.schemaVersion()).equals(version))
                .map(entry -> EventSchemas.schemaText(entry.type()));
    }

    /** Why there is no schema at that place, for the 404. */
    public String missing(String type, String version) {
        return EventCatalog.ofType(type)
                .map(entry -> "Event type " + entry.type() + " has no schema version '" + version
                        + "'; its current version is " + entry.schemaVersion())
                .orElse("There is no event type '" + type + "'; the AsyncAPI document at /asyncapi lists them all");
    }
}
