package org.mentorship.platform.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Locks by name for the rest of the current transaction (PostgreSQL advisory transaction locks), for work that has
 * no one row to lock: everything done to one mentorship, the next survey version, a scheduled job. Released at commit
 * or rollback, so a crash never leaves one behind. A row that exists is locked with JPA instead
 * ({@code LockModeType.PESSIMISTIC_WRITE} in its repository).
 */
@ApplicationScoped
public class TransactionLocks {

    private final EntityManager entityManager;

    TransactionLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until this transaction holds the lock named {@code name}. */
    public void hold(String name) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name)
                .getSingleResult();
    }

    /** Takes the lock named {@code name} if no other transaction holds it; false (without waiting) if one does. */
    public boolean tryHold(String name) {
        Object locked = entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
