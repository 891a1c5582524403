package org.mentorship.evaluation.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.mentorship.evaluation.model.Outcome;

/** What a mentor submits; the id, the time and the lock are the server's. */
public record SubmitEvaluationRequest(
        @NotNull UUID mentorshipId,
        @Min(1) @Max(4) int number,
        @Min(3) @Max(4) int total,
        @NotNull Outcome outcome) {
}
