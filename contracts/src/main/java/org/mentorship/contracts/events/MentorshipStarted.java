package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** The mentorship started with its mentors, program dates and evaluation schedule. */
public record MentorshipStarted(
        UUID mentorshipId,
        String menteeId,
        UUID projectId,
        List<String> mentorIds,
        LocalDate startsOn,
        LocalDate endsOn,
        List<EvaluationDue> evaluations)
        implements DomainEvent {

    public MentorshipStarted {
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(projectId, "projectId");
        mentorIds = List.copyOf(requireNonNull(mentorIds, "mentorIds"));
        requireNonNull(startsOn, "startsOn");
        requireNonNull(endsOn, "endsOn");
        evaluations = List.copyOf(requireNonNull(evaluations, "evaluations"));
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
