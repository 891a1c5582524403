package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** When evaluation {@code number} (1-based) of a mentorship is due; part of {@link MentorshipStarted} and {@link MentorshipExtended}. */
public record EvaluationDue(int number, Instant dueAt) {

    public EvaluationDue {
        requireNonNull(dueAt, "dueAt");
    }
}
