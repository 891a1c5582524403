package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.mentorship.contracts.events.TaxFormConfirmed;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.TaxForm;
import org.mentorship.stipend.repository.AgreementRepository;

/**
 * Whether the program has the mentee's tax form: confirmed by the coordinator's tax-form HR step (TaxFormConfirmed,
 * which may come before or after the agreement, so it is kept by mentee) or by finance, never by the payee. The first
 * confirmation is kept; a later one changes nothing.
 */
@ApplicationScoped
public class TaxForms {

    private final EntityManager em;
    private final AgreementRepository agreements;
    private final SeparationOfDuties duties;
    private final Clock clock;

    TaxForms(EntityManager em, AgreementRepository agreements, SeparationOfDuties duties, Clock clock) {
        this.em = em;
        this.agreements = agreements;
        this.duties = duties;
        this.clock = clock;
    }

    public Optional<TaxForm> of(String menteeId) {
        return Optional.ofNullable(em.find(TaxForm.class, menteeId));
    }

    /** Applied inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmedByHrStep(TaxFormConfirmed event) {
        keepFirst(
                event.menteeId(),
                event.confirmedBy(),
                event.confirmedAt(),
                TaxForm.Source.HR_STEP,
                "HR step tax-form of application " + event.applicationId());
    }

    /** Finance confirms it for a mentee with a stipend agreement; not for their own. */
    @Transactional
    public TaxForm confirmByFinance(String menteeId, String actor, String note) {
        duties.refuseSelfDealing(actor, menteeId, "confirm your tax form");
        if (agreements.byMentee(menteeId).isEmpty()) {
            throw ProblemException.notFound("Stipend agreement of mentee", menteeId);
        }
        keepFirst(
                menteeId,
                actor,
                clock.instant(),
                TaxForm.Source.FINANCE,
                note == null || note.isBlank() ? "Confirmed by finance" : note);
        return of(menteeId).orElseThrow();
    }

    /** The unique key decides, not a read-then-write: two confirmations at once keep exactly one. */
    private void keepFirst(String menteeId, String by, Instant at, TaxForm.Source source, String reference) {
        em.createNativeQuery("""
                insert into tax_form (mentee_id, confirmed_by, confirmed_at, source, reference) values (?1, ?2, ?3, ?4, ?5)
                on conflict (mentee_id) do nothing""")
                .setParameter(1, menteeId)
                .setParameter(2, by)
                .setParameter(3, at)
                .setParameter(4, source.name())
                .setParameter(5, reference.length() <= 500 ? reference : reference.substring(0, 500))
                .executeUpdate();
    }
}
