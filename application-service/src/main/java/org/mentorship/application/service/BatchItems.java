package org.mentorship.application.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.OptimisticLockException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.mentorship.platform.problem.DatabaseUnavailable;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.problem.ProblemException;

/**
 * One item of a bulk request, run through its single endpoint's service method in a transaction of its own (as
 * stipend-service's approvals): a refused item rolls back only itself. Its outcome is the value the single call
 * returned, or the problem it would have answered.
 */
public final class BatchItems {

    private static final Logger LOG = Logger.getLogger(BatchItems.class);

    /** What happened to one item: {@code value} when it was done, else the problem the single call answers. */
    public record Outcome<T>(UUID applicationId, T value, Problem problem) {

        public boolean done() {
            return problem == null;
        }

        /** Absent, or outside the caller's organisations: answered as the single call answers 404. */
        public boolean notFound() {
            return problem != null && problem.type().equals(PlatformProblems.NOT_FOUND.type());
        }
    }

    /** Runs {@code work} in a new transaction (even inside a caller's), catching what it refuses. */
    public static <T> Outcome<T> run(UUID applicationId, String action, Callable<T> work) {
        try {
            return new Outcome<>(
                    applicationId, QuarkusTransaction.requiringNew().call(work), null);
        } catch (RuntimeException e) {
            return new Outcome<>(applicationId, null, problem(e, applicationId, action));
        }
    }

    /** The problem the single call would answer for this failure (as the platform's mappers word it). */
    static Problem problem(RuntimeException failure, UUID id, String action) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ProblemException rule) {
                return Problem.of(rule.type(), rule.getMessage(), null);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Problem.of(
                        PlatformProblems.STALE_WRITE,
                        "Someone changed application " + id + " meanwhile; read it again and retry",
                        null);
            }
        }
        if (DatabaseUnavailable.is(failure)) {
            LOG.warnf("Database unavailable for %s of application %s: %s", action, id, failure.getMessage());
            return Problem.of(
                    PlatformProblems.DATABASE_UNAVAILABLE,
                    "The database could not take this item; application " + id + " is unchanged, retry it",
                    null);
        }
        LOG.error("Unexpected error in " + action + " of application " + id + " in a batch", failure);
        return Problem.of(
                PlatformProblems.INTERNAL_ERROR,
                "Application " + id + " could not be processed (" + action + "); it has been logged",
                null);
    }

    private BatchItems() {}
}
