package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mentorship.stipend.model.AgreementLedgerEntry;

/** Writes the append-only history of agreements (amounts fixed, country re-verified), as Ledger does for payments. */
@ApplicationScoped
public class AgreementLedger {

    private static final int MAX_REASON = 2000;

    private final EntityManager em;
    private final Clock clock;

    AgreementLedger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID mentorshipId, String actor, String reason) {
        AgreementLedgerEntry entry = new AgreementLedgerEntry();
        entry.mentorshipId = mentorshipId;
        entry.actor = actor;
        entry.at = clock.instant();
        entry.reason = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        em.persist(entry);
    }

    public List<AgreementLedgerEntry> of(UUID mentorshipId) {
        return em.createQuery(
                        "from AgreementLedgerEntry where mentorshipId = ?1 order by seq", AgreementLedgerEntry.class)
                .setParameter(1, mentorshipId)
                .getResultList();
    }
}
