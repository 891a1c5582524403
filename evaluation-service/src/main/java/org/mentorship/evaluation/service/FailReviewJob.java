package org.mentorship.evaluation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorship.platform.lock.ClusterLock;

/**
 * Confirms the FAILs whose review window ended without an appeal, on one replica at a time (the cluster lock) and on
 * the program clock (so moving it ends windows); a FAIL with an appeal waits for a coordinator.
 */
@ApplicationScoped
public class FailReviewJob {

    static final String JOB = "evaluation-fail-reviews";

    private final ClusterLock lock;
    private final EvaluationService evaluations;

    FailReviewJob(ClusterLock lock, EvaluationService evaluations) {
        this.lock = lock;
        this.evaluations = evaluations;
    }

    @Scheduled(
            identity = JOB,
            every = "${mentorship.evaluation.fail-review-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        run();
    }

    /** Returns how many FAILs were confirmed, or -1 when another replica holds the lock. */
    public int run() {
        AtomicInteger confirmed = new AtomicInteger();
        boolean ran = lock.runExclusively(JOB, () -> confirmed.set(evaluations.confirmUnappealed()));
        return ran ? confirmed.get() : -1;
    }
}
