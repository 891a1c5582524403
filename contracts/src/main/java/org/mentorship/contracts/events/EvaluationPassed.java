package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** A mentor passed evaluation {@code number} of {@code total}; stipend installments hang on some of these. */
public record EvaluationPassed(
        UUID evaluationId, UUID mentorshipId, int number, int total, boolean finalEvaluation, Instant passedAt)
        implements DomainEvent {

    public EvaluationPassed {
        requireNonNull(evaluationId, "evaluationId");
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(passedAt, "passedAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
