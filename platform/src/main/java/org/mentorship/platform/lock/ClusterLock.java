package org.mentorship.platform.lock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a scheduled job on one replica at a time: the job's transaction holds a PostgreSQL advisory lock named
 * after it, and a replica that cannot take the lock skips this run (another one is doing it).
 */
@ApplicationScoped
public class ClusterLock {

    private final TransactionLocks locks;

    ClusterLock(TransactionLocks locks) {
        this.locks = locks;
    }

    /** Returns false when another replica holds the lock and the job was skipped. */
    public boolean runExclusively(String jobName, Runnable job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!locks.tryHold("job:" + jobName)) {
                return false;
            }
            job.run();
            return true;
        });
    }
}
