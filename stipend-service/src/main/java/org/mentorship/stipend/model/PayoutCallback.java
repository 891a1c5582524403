package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider callback that was applied, by its webhook-id: the same id again changes nothing. */
@Entity
@Table(name = "payout_callback")
public class PayoutCallback {

    @Id
    @Column(name = "webhook_id")
    public String webhookId;

    @Column(name = "end_to_end_id", nullable = false)
    public String endToEndId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
