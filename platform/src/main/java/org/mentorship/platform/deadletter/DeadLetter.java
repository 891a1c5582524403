package org.mentorship.platform.deadletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A record a consumer gave up on, as it arrived, with why; replayed at most once (who, when, what it came to). */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String consumer;

    @Column(name = "ce_id")
    public String eventId;

    @Column(name = "ce_type")
    public String eventType;

    @Column(name = "ce_subject")
    public String subject;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    @Column(name = "record_key")
    public String key;

    @Column(nullable = false)
    public String reason;

    @Column(name = "dead_lettered_at", nullable = false)
    public Instant deadLetteredAt;

    /** Every Kafka header as text (CloudEvent headers are UTF-8), in a JSON object. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String headers;

    public String payload;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    @Column(name = "replayed_by")
    public String replayedBy;

    @Column(name = "replay_outcome")
    public String replayOutcome;
}
