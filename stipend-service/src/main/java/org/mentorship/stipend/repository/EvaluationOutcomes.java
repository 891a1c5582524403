package org.mentorship.stipend.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.platform.lock.TransactionLocks;

/** The evaluation outcomes this service has seen per mentorship (eligibility: none of them failed). */
@ApplicationScoped
public class EvaluationOutcomes {

    private final EntityManager em;
    private final TransactionLocks locks;

    EvaluationOutcomes(EntityManager em, TransactionLocks locks) {
        this.em = em;
        this.locks = locks;
    }

    /** A fail overrides a pass of the same evaluation (a reopened evaluation), never the reverse. */
    public void record(UUID mentorshipId, int number, boolean passed, Instant at) {
        em.createNativeQuery("""
                insert into stipend_evaluation (mentorship_id, number, outcome, recorded_at) values (?1, ?2, ?3, ?4)
                on conflict (mentorship_id, number) do update set outcome = 'FAILED', recorded_at = excluded.recorded_at
                where excluded.outcome = 'FAILED'""")
                .setParameter(1, mentorshipId)
                .setParameter(2, number)
                .setParameter(3, passed ? "PASSED" : "FAILED")
                .setParameter(4, at)
                .executeUpdate();
    }

    public boolean anyFailed(UUID mentorshipId) {
        return ((Number) em.createNativeQuery(
                                        "select count(*) from stipend_evaluation where mentorship_id = ?1 and outcome = 'FAILED'")
                                .setParameter(1, mentorshipId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** Serialises everything done to one mentorship (consumers, replays, payee updates) until the transaction ends. */
    public void lockMentorship(UUID mentorshipId) {
        locks.hold("stipend:" + mentorshipId);
    }
}
