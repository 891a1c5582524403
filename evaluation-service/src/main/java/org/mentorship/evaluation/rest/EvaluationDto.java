package org.mentorship.evaluation.rest;

import java.time.Instant;
import java.util.UUID;

import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.Outcome;

public record EvaluationDto(UUID id, UUID mentorshipId, int number, int total, boolean finalEvaluation, Outcome outcome,
        Instant submittedAt) {

    static EvaluationDto of(Evaluation e) {
        return new EvaluationDto(e.id, e.mentorshipId, e.number, e.total, e.isFinal(), e.outcome, e.submittedAt);
    }
}
