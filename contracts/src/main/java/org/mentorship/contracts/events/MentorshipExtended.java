package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * Evaluation {@code evaluationNumber} extended the mentorship by {@code weeks} (at most 5 weeks in total):
 * the end date and every later evaluation, and so every later payment, move.
 */
public record MentorshipExtended(
        UUID mentorshipId,
        int evaluationNumber,
        int weeks,
        int totalExtensionWeeks,
        LocalDate newEndDate,
        List<EvaluationDue> newDueDates)
        implements DomainEvent {

    public MentorshipExtended {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(newEndDate, "newEndDate");
        newDueDates = List.copyOf(requireNonNull(newDueDates, "newDueDates"));
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
