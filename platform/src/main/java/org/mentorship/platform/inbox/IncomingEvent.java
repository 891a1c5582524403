package org.mentorship.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.MalformedEventException;
import org.mentorship.contracts.TopicOwner;
import org.mentorship.contracts.UntrustedEventException;

/**
 * A CloudEvent read from Kafka (binary mode): envelope from the headers, typed data from the value. Only an event of
 * the topic's owner and of a type the topic carries is read ({@link TopicOwner}); the data of any other is not parsed.
 */
public record IncomingEvent(UUID id, String type, String source, Instant time, String subject, DomainEvent data) {

    /**
     * Throws {@link MalformedEventException} for anything that is not a well-formed event of a known type, and its
     * {@link UntrustedEventException} for one its topic may not carry.
     */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = trustedType(record);
        String source = header(record, CloudEventHeaders.SOURCE);
        if (record.value() == null) {
            throw new MalformedEventException("Event " + id + " has no data");
        }
        UUID uuid;
        Instant time;
        try {
            uuid = UUID.fromString(id);
            time = Instant.parse(header(record, CloudEventHeaders.TIME));
        } catch (RuntimeException e) {
            throw new MalformedEventException("Event " + id + " has a malformed id or time: " + e.getMessage(), e);
        }
        return new IncomingEvent(
                uuid,
                type,
                source,
                time,
                header(record, CloudEventHeaders.SUBJECT),
                EventJson.read(type, record.value()));
    }

    /**
     * The record's {@code ce_type}, read from the headers only, once the topic's owner is its source and the topic
     * carries the type; throws as {@link #from} does otherwise.
     */
    public static String trustedType(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        TopicOwner.distrust(record.topic(), header(record, CloudEventHeaders.SOURCE), type)
                .ifPresent(reason -> {
                    throw new UntrustedEventException(
                            "Event " + header(record, CloudEventHeaders.ID) + " refused: " + reason);
                });
        return type;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new MalformedEventException("Kafka record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " lacks the CloudEvent header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
