package org.mentorship.evaluation.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.mentorship.contracts.events.EvaluationFailed;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.problem.ProblemException;

/** Records evaluations and, in the same transaction, the events other services act on. */
@ApplicationScoped
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final Outbox outbox;
    private final Clock clock;

    EvaluationService(EvaluationRepository evaluations, Outbox outbox, Clock clock) {
        this.evaluations = evaluations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Evaluation submit(UUID mentorshipId, int number, int total, Outcome outcome) {
        if (number > total) {
            throw ProblemException.unprocessable("evaluation-number-out-of-range", "No such evaluation",
                    "Evaluation " + number + " does not exist in a mentorship of " + total + " evaluations");
        }
        if (evaluations.findByNumber(mentorshipId, number).isPresent()) {
            throw ProblemException.conflict("evaluation-already-submitted", "Evaluation already submitted",
                    "Evaluation " + number + " of mentorship " + mentorshipId + " is already submitted and locked");
        }
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.mentorshipId = mentorshipId;
        evaluation.number = number;
        evaluation.total = total;
        evaluation.outcome = outcome;
        evaluation.submittedAt = clock.instant();
        evaluations.persist(evaluation);
        switch (outcome) {
            case PASS -> outbox.publish(new EvaluationPassed(evaluation.id, mentorshipId, number, total,
                    evaluation.isFinal(), evaluation.submittedAt));
            case FAIL -> outbox.publish(new EvaluationFailed(evaluation.id, mentorshipId, number, total,
                    evaluation.isFinal(), evaluation.submittedAt));
            case EXTEND -> {
                // Extensions move the schedule; they arrive with the mentorship model (evaluation issue).
            }
        }
        return evaluation;
    }

    public Evaluation get(UUID id) {
        return evaluations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Evaluation", id));
    }
}
