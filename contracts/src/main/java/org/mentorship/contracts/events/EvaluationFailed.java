package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** A mentor failed evaluation {@code number} of {@code total}: the mentorship ends and no later installment is paid. */
public record EvaluationFailed(
        UUID evaluationId, UUID mentorshipId, int number, int total, boolean finalEvaluation, Instant failedAt)
        implements DomainEvent {

    public EvaluationFailed {
        requireNonNull(evaluationId, "evaluationId");
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(failedAt, "failedAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
