package org.mentorship.webhook.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One POST of a delivery: what the receiver answered (or why there was no answer) and how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class Attempt {

    @Id
    public UUID id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    /** The HTTP status; null when no answer came (refused, timed out, target not allowed). */
    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    @Column(name = "response_excerpt")
    public String responseExcerpt;

    public String error;

    /** A redelivery someone asked for, not one of the scheduled retries. */
    @Column(name = "on_request", nullable = false)
    public boolean onRequest;

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
