package org.mentorship.application.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;
import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.platform.lock.ClusterLock;

/**
 * Retention: an applicant none of whose applications was ever accepted is pseudonymised once every term they applied
 * to ended its program {@code mentorship.application.privacy.retention-days} ago (365 by default), as if they had
 * asked ({@link ErasureService}, origin RETENTION). Someone once accepted is kept: their mentorship's records rely on
 * it, and they may ask themselves.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final int BATCH = 200;

    private final ClusterLock lock;
    private final ErasureService erasures;
    private final EntityManager em;
    private final AdmissionsConfig config;
    private final Clock clock;

    RetentionJob(ClusterLock lock, ErasureService erasures, EntityManager em, AdmissionsConfig config, Clock clock) {
        this.lock = lock;
        this.erasures = erasures;
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            every = "${mentorship.application.privacy.retention-every:1h}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        runNow();
    }

    /** Pseudonymises who is due now; returns how many (0 if another replica ran it). */
    public int runNow() {
        int[] erased = {0};
        lock.runExclusively("retention", () -> erased[0] = eraseDue());
        return erased[0];
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int eraseDue() {
        LocalDate endedBefore = clock.instant()
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .minusDays(config.privacy().retentionDays());
        int erased = 0;
        for (String person : due(endedBefore)) {
            if (erasures.retain(person)) {
                erased++;
            }
        }
        if (erased > 0) {
            LOG.infof("Pseudonymised %d applicants never accepted, past retention", erased);
        }
        return erased;
    }

    @SuppressWarnings("unchecked")
    private List<String> due(LocalDate endedBefore) {
        return em.createNativeQuery("""
                select p.user_id from applicant p
                where p.erased_at is null
                  and not exists (select 1 from erasure_request r where r.person = p.user_id)
                  and exists (select 1 from application a where a.applicant_id = p.user_id)
                  and not exists (select 1 from application a join term t on t.id = a.term_id
                                  where a.applicant_id = p.user_id and t.program_end >= ?1)
                  and not exists (select 1 from application a
                                  join application_history h on h.application_id = a.id
                                  where a.applicant_id = p.user_id and h.to_status = 'ACCEPTED')
                  and not exists (select 1 from application a
                                  where a.applicant_id = p.user_id and a.status <> all (array['SUBMITTED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN']))
                order by p.user_id limit ?2""")
                .setParameter(1, endedBefore)
                .setParameter(2, BATCH)
                .getResultList();
    }
}
