package org.mentorship.application.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.mentorship.platform.problem.ItemFailures;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.Problem;

/**
 * One item of a bulk request, run through its single endpoint's service method in a transaction of its own (as
 * stipend-service's approvals): a refused item rolls back only itself. Its outcome is the value the single call
 * returned, or the problem it would have answered.
 */
public final class BatchItems {

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

    /** The problem the single call would answer for this failure (platform {@link ItemFailures}). */
    static Problem problem(RuntimeException failure, UUID id, String action) {
        return ItemFailures.problem(failure, "application " + id, action);
    }

    private BatchItems() {}
}
