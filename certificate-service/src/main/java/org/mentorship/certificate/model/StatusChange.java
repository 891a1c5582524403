package org.mentorship.certificate.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every history row of this service records: who changed the status, when and why. Each aggregate's history
 * adds its own id and status columns (different tables and status types).
 */
@MappedSuperclass
public abstract class StatusChange {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String reason;

    protected void record(Instant at, String actor, String reason) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = actor;
        this.reason = reason;
    }
}
