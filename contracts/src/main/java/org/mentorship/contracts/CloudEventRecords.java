package org.mentorship.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds the Kafka record of a CloudEvent in binary content mode: the envelope as {@code ce_} headers, the key
 * the aggregate id, the value the JSON data. The outbox relay, tests and partner systems all use this one form.
 */
public final class CloudEventRecords {

    public static ProducerRecord<String, String> of(
            UUID id, String type, String source, Instant time, String subject, String jsonData) {
        EventCatalog entry =
                EventCatalog.ofType(type).orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), subject, jsonData);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, id.toString());
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TIME, time.toString());
        header(record, CloudEventHeaders.SUBJECT, subject);
        header(record, CloudEventHeaders.DATA_SCHEMA, entry.dataSchema());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    /** A fresh event (new id, now) from a typed event: what a test or a partner publishes. */
    public static ProducerRecord<String, String> of(DomainEvent event, String source) {
        return of(UUID.randomUUID(), event.type(), source, Instant.now(), event.aggregateId(), EventJson.write(event));
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private CloudEventRecords() {}
}
