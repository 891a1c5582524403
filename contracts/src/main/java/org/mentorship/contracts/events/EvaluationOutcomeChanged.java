package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * A reopened evaluation was submitted again with another outcome ({@code PASS}, {@code FAIL} or {@code EXTEND}):
 * what the previous outcome earned no longer holds (a pass taken back by an extension or a fail no longer earns its
 * stipend installment). Published before the new outcome's own events; a later pass publishes EvaluationPassed.
 */
public record EvaluationOutcomeChanged(
        UUID evaluationId,
        UUID mentorshipId,
        int number,
        int total,
        boolean finalEvaluation,
        String previousOutcome,
        String newOutcome,
        Instant changedAt)
        implements DomainEvent {

    public EvaluationOutcomeChanged {
        requireNonNull(evaluationId, "evaluationId");
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(previousOutcome, "previousOutcome");
        requireNonNull(newOutcome, "newOutcome");
        requireNonNull(changedAt, "changedAt");
    }

    /** Whether a pass was taken back: what it earned (a stipend installment) is to be undone. */
    @JsonIgnore
    public boolean passTakenBack() {
        return "PASS".equals(previousOutcome) && !"PASS".equals(newOutcome);
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
