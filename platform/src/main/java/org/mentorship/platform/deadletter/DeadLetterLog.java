package org.mentorship.platform.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hibernate.Session;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventJson;
import org.mentorship.platform.metrics.DeadLetterMetrics;

/**
 * Keeps each dead letter in this service's database (table {@code dead_letter}), in a transaction of its own, and
 * counts it ({@link DeadLetterMetrics}: {@code mentorship_dead_letters_total{consumer,type,reason}}, which the alert rules watch).
 */
@ApplicationScoped
public class DeadLetterLog {

    private static final String INSERT = """
            insert into dead_letter (id, consumer, ce_id, ce_type, ce_subject, topic, kafka_partition, kafka_offset,
                record_key, reason, dead_lettered_at, headers, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
            on conflict (consumer, topic, kafka_partition, kafka_offset) do nothing""";

    private final EntityManager entityManager;
    private final DeadLetterMetrics metrics;
    private final Clock clock;

    DeadLetterLog(EntityManager entityManager, DeadLetterMetrics metrics) {
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.clock = Clock.systemUTC(); // when it happened, not the program's (movable) clock
    }

    /** Records the record {@code consumer} gave up on; the same record recorded again stays one row. */
    public void record(String consumer, ConsumerRecord<String, String> record, String reason) {
        String type = header(record, CloudEventHeaders.TYPE);
        boolean inserted = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.unwrap(Session.class).doReturningWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, consumer);
                        insert.setString(3, clip(header(record, CloudEventHeaders.ID)));
                        insert.setString(4, clip(type));
                        insert.setString(5, clip(header(record, CloudEventHeaders.SUBJECT)));
                        insert.setString(6, record.topic());
                        insert.setInt(7, record.partition());
                        insert.setLong(8, record.offset());
                        insert.setString(9, record.key());
                        insert.setString(10, reason);
                        insert.setTimestamp(11, Timestamp.from(clock.instant()));
                        insert.setString(12, headersJson(record));
                        insert.setString(13, record.value());
                        return insert.executeUpdate() == 1;
                    }
                }));
        if (inserted) {
            metrics.deadLettered(consumer, type, reason);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String headersJson(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        try {
            return EventJson.mapper().writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write headers as JSON", e);
        }
    }

    private static String clip(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }
}
