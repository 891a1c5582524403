package org.mentorship.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event waiting to be (or already) published: a row of the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "aggregatetype", nullable = false)
    public String aggregateType;

    @Column(name = "aggregateid", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(nullable = false)
    public Instant timestamp;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Set by the relay when this build cannot encode the row; it then waits, with its reason, for a build that can. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "parked_reason")
    public String parkedReason;

    /** The W3C traceparent of the transaction that wrote the row (null when nothing was traced). */
    @Column(name = "traceparent")
    public String traceparent;

    /** The X-Request-Id of the HTTP request that wrote the row (null outside a request). */
    @Column(name = "request_id")
    public String requestId;
}
