package org.mentorship.platform.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a scheduled job on one replica at a time: the job's transaction holds a PostgreSQL advisory lock named
 * after it, and a replica that cannot take the lock skips this run (another one is doing it).
 */
@ApplicationScoped
public class ClusterLock {

    private final EntityManager entityManager;

    ClusterLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Returns false when another replica holds the lock and the job was skipped. */
    public boolean runExclusively(String jobName, Runnable job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, "job:" + jobName)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return false;
            }
            job.run();
            return true;
        });
    }
}
