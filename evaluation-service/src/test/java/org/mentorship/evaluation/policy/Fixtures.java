package org.mentorship.evaluation.policy;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Milestone;
import org.mentorship.evaluation.model.MilestoneStatus;
import org.mentorship.evaluation.model.Outcome;
import org.mentorship.evaluation.model.PlanTask;
import org.mentorship.evaluation.model.TaskStatus;
import org.mentorship.platform.problem.ProblemException;

/** Entities as the policies see them, without a database. */
final class Fixtures {

    static final Instant DUE = Instant.parse("2026-03-30T00:00:00Z");

    static Evaluation evaluation(int number, int total, EvaluationStatus status, Outcome outcome) {
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.mentorshipId = UUID.randomUUID();
        e.number = number;
        e.total = total;
        e.dueAt(DUE);
        e.status = status;
        e.outcome = outcome;
        return e;
    }

    static Milestone milestone(MilestoneStatus status) {
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.status = status;
        return m;
    }

    static PlanTask task(Milestone of, TaskStatus status) {
        PlanTask t = new PlanTask();
        t.id = UUID.randomUUID();
        t.milestoneId = of == null ? null : of.id;
        t.status = status;
        return t;
    }

    static String slugOf(Throwable e) {
        return ((ProblemException) e).slug();
    }

    private Fixtures() {}
}
