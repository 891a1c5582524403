package org.mentorship.certificate.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a completion record: who, when, from, to, why. */
@Entity
@Table(name = "completion_history")
public class CompletionHistory {

    @Id
    public UUID id;

    @Column(name = "completion_id", nullable = false)
    public UUID completionId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CompletionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CompletionStatus toStatus;

    @Column(nullable = false)
    public String reason;

    public static CompletionHistory of(Completion completion, CompletionStatus from, Instant at, String actor, String reason) {
        CompletionHistory h = new CompletionHistory();
        h.id = UUID.randomUUID();
        h.completionId = completion.id;
        h.at = at;
        h.actor = actor;
        h.fromStatus = from;
        h.toStatus = completion.status;
        h.reason = reason;
        return h;
    }
}
