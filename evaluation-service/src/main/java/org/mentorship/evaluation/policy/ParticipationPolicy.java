package org.mentorship.evaluation.policy;

import static org.mentorship.evaluation.problem.EvaluationProblems.PARTICIPATION_IN_FUTURE;

import java.time.Instant;

/**
 * The rules of community participation and evaluation periods (stage 3):
 * <ol>
 * <li>participation is recorded once it happened, never ahead of time;</li>
 * <li>an evaluation period runs from the previous evaluation's due instant (the first from the start date) up to,
 * not including, its own due instant: what happened in it (participation, tasks done, milestones met) is the
 * evidence next to that evaluation.</li>
 * </ol>
 */
public final class ParticipationPolicy {

    public static void requireHappened(Instant occurredAt, Instant now) {
        if (occurredAt.isAfter(now)) {
            throw PARTICIPATION_IN_FUTURE.with("occurredAt " + occurredAt + " is after now (" + now + ")");
        }
    }

    public static boolean inPeriod(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }

    private ParticipationPolicy() {}
}
