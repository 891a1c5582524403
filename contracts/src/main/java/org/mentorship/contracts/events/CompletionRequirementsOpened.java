package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/**
 * The mentorship completed, so the mentee's survey is open; the survey and the required exams are due by
 * {@code requirementsDueAt} for the Letter of Completion. Published again with a later due instant if it moves.
 */
public record CompletionRequirementsOpened(
        UUID mentorshipId, String menteeId, Instant surveyOpenedAt, Instant requirementsDueAt) implements DomainEvent {

    public CompletionRequirementsOpened {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(surveyOpenedAt, "surveyOpenedAt");
        requireNonNull(requirementsDueAt, "requirementsDueAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
