package org.mentorship.certificate.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.platform.history.StatusChange;

/** One change of a completion record: who, when, from, to, why. */
@Entity
@Table(name = "completion_history")
@AttributeOverride(name = "reason", column = @Column(name = "reason", nullable = false))
public class CompletionHistory extends StatusChange<CompletionStatus> {

    @Column(name = "completion_id", nullable = false)
    public UUID completionId;

    public static CompletionHistory of(
            Completion completion, CompletionStatus from, Instant at, String actor, String reason) {
        CompletionHistory h = new CompletionHistory();
        h.record(at, actor, from, completion.status, reason);
        h.completionId = completion.id;
        return h;
    }
}
