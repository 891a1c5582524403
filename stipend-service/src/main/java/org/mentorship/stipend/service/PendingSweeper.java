package org.mentorship.stipend.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.platform.lock.ClusterLock;

/**
 * Safety net for parked events: a replay is normally triggered by what they wait for (the plan, the agreement,
 * the payee details), but two transactions committing at the same moment can each miss the other (e.g. payee
 * details saved while the agreement is being created). Every run re-applies what waits for something that exists.
 */
@ApplicationScoped
public class PendingSweeper {

    private static final Logger LOG = Logger.getLogger(PendingSweeper.class);

    private final ClusterLock lock;
    private final StipendEvents events;
    private final EntityManager em;

    PendingSweeper(ClusterLock lock, StipendEvents events, EntityManager em) {
        this.lock = lock;
        this.events = events;
        this.em = em;
    }

    @Scheduled(
            every = "${mentorship.stipend.pending-sweep-every:30s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void sweep() {
        lock.runExclusively("stipend-pending-sweep", this::sweepNow);
    }

    /** Runs inside the lock's transaction. */
    @SuppressWarnings("unchecked")
    public void sweepNow() {
        List<UUID> projects = em.createNativeQuery("""
                select distinct e.project_id from pending_event e
                where e.waiting_for = 'PLAN' and exists (select 1 from stipend_plan p where p.project_id = e.project_id)
                limit 100""").getResultList();
        projects.forEach(events::replayForPlan);
        List<UUID> mentorships = em.createNativeQuery("""
                select distinct e.mentorship_id from pending_event e
                join stipend_agreement a on a.mentorship_id = e.mentorship_id
                where e.waiting_for = 'AGREEMENT'
                   or (e.waiting_for = 'PAYEE' and exists (select 1 from payee p where p.mentee_id = a.mentee_id))
                limit 100""").getResultList();
        mentorships.forEach(events::replay);
        if (!projects.isEmpty() || !mentorships.isEmpty()) {
            LOG.infof(
                    "Re-applied parked events of %d project(s) and %d mentorship(s)",
                    projects.size(), mentorships.size());
        }
    }
}
