package org.mentorship.certificate.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One change of a completion record: who, when, from, to, why. */
@Entity
@Table(name = "completion_history")
public class CompletionHistory extends StatusChange {

    @Column(name = "completion_id", nullable = false)
    public UUID completionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CompletionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CompletionStatus toStatus;

    public static CompletionHistory of(Completion completion, CompletionStatus from, Instant at, String actor, String reason) {
        CompletionHistory h = new CompletionHistory();
        h.record(at, actor, reason);
        h.completionId = completion.id;
        h.fromStatus = from;
        h.toStatus = completion.status;
        return h;
    }
}
