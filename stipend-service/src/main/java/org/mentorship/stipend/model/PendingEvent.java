package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event that arrived before what it depends on; applied (and deleted) once that exists. */
@Entity
@Table(name = "pending_event")
public class PendingEvent {

    /** What a parked event waits for. */
    public enum WaitingFor {
        PLAN,
        AGREEMENT,
        PAYEE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "waiting_for", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public WaitingFor waitingFor;

    @Column(nullable = false)
    public String payload;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;
}
