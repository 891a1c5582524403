package org.mentorship.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.mentorship.contracts.CloudEventRecords;

/** An outbox row read by the relay. Its CloudEvent id is the row id, so a re-send is recognisable downstream. */
record PendingEvent(long seq, UUID id, String aggregateId, String type, String payload, Instant timestamp) {

    ProducerRecord<String, String> toRecord(String source) {
        return CloudEventRecords.of(id, type, source, timestamp, aggregateId, payload);
    }
}
