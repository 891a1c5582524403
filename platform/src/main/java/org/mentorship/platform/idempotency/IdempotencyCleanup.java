package org.mentorship.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.mentorship.platform.lock.ClusterLock;

/** Deletes expired Idempotency-Keys, on one replica at a time (a cluster lock, like the services' jobs). */
@ApplicationScoped
public class IdempotencyCleanup {

    static final String JOB = "idempotency-cleanup";
    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final ClusterLock lock;
    private final TransactionConnections connections;
    private final Clock clock;
    private final IdempotentExecution execution;

    IdempotencyCleanup(ClusterLock lock, TransactionConnections connections, Clock clock, IdempotencyConfig config) {
        this.lock = lock;
        this.connections = connections;
        this.clock = clock;
        this.execution = new IdempotentExecution(config.ttl());
    }

    @Scheduled(
            identity = JOB,
            every = "${mentorship.idempotency.cleanup-every:1h}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        runNow();
    }

    /** Deletes what has expired now; returns how many keys (0 also when another replica ran it). */
    public int runNow() {
        int[] deleted = {0};
        lock.runExclusively(JOB, () -> {
            try {
                deleted[0] = execution.deleteExpired(connections, clock.instant());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not delete expired Idempotency-Keys", e);
            }
        });
        if (deleted[0] > 0) {
            LOG.infof("Deleted %d expired Idempotency-Keys", deleted[0]);
        }
        return deleted[0];
    }
}
