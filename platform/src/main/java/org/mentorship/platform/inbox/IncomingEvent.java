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

/** A CloudEvent read from Kafka (binary mode): envelope from the headers, typed data from the value. */
public record IncomingEvent(UUID id, String type, String source, Instant time, String subject, DomainEvent data) {

    /** Throws {@link MalformedEventException} for anything that is not a well-formed event of a known type. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
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
        return new IncomingEvent(uuid, type, header(record, CloudEventHeaders.SOURCE), time,
                header(record, CloudEventHeaders.SUBJECT), EventJson.read(type, record.value()));
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
