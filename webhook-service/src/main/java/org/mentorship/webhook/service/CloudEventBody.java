package org.mentorship.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventCatalog;
import org.mentorship.platform.inbox.IncomingEvent;

/**
 * The structured-mode CloudEvent ({@code application/cloudevents+json}) of an event read in binary mode from
 * Kafka: the envelope from its headers, the record's JSON value as {@code data}, unchanged.
 */
public final class CloudEventBody {

    public static final String MEDIA_TYPE = "application/cloudevents+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public static String of(IncomingEvent event, ConsumerRecord<String, String> record) {
        ObjectNode body = JSON.createObjectNode();
        body.put("specversion", CloudEventHeaders.SPEC_VERSION_VALUE);
        body.put("id", event.id().toString());
        body.put("type", event.type());
        body.put("source", event.source());
        body.put("time", event.time().toString());
        body.put("subject", event.subject());
        Header schema = record.headers().lastHeader(CloudEventHeaders.DATA_SCHEMA);
        body.put(
                "dataschema",
                schema != null
                        ? new String(schema.value(), StandardCharsets.UTF_8)
                        : EventCatalog.ofType(event.type()).orElseThrow().dataSchema());
        body.put("datacontenttype", CloudEventHeaders.JSON);
        try {
            body.set("data", JSON.readTree(record.value()));
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " has no JSON data", e);
        }
    }

    private CloudEventBody() {}
}
