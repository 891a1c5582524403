package org.mentorship.platform.outbox;

import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.mentorship.contracts.CloudEventRecords;
import org.mentorship.platform.tracing.EventTracing;

/** An outbox row read by the relay. Its CloudEvent id is the row id, so a re-send is recognisable downstream. */
record PendingEvent(
        long seq,
        UUID id,
        String aggregateId,
        String type,
        String payload,
        Instant timestamp,
        String traceparent,
        String requestId) {

    PendingEvent(long seq, UUID id, String aggregateId, String type, String payload, Instant timestamp) {
        this(seq, id, aggregateId, type, payload, timestamp, null, null);
    }

    /** The trace header is not written here: the Kafka instrumentation writes it for its publish span. */
    ProducerRecord<String, String> toRecord(String source) {
        ProducerRecord<String, String> record = CloudEventRecords.of(id, type, source, timestamp, aggregateId, payload);
        EventTracing.addRequestId(record, requestId);
        return record;
    }
}
