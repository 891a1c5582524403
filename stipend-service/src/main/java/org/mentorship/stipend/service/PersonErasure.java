package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.PayeeRepository;
import org.mentorship.stipend.repository.PaymentRepository;

/**
 * What stipend-service forgets of a person who asked to be forgotten (PersonErased), in the inbox's transaction.
 * Accounting keeps what it must: payments, amounts, the ledgers, provider references, the exported bank files (a
 * file is the record of what the bank was told to pay) and the mentee's user id, which those records and the tax
 * form are filed under. The person's name becomes the pseudonym, their addresses go, and so do their settings and
 * feed.
 *
 * <p>The bank details: a payment still open (scheduled, approved, exported, failed or being recalled) is money the
 * program owes or has on its way, and paying, retrying or recalling it needs the account it goes to, so while one is
 * open the payee's account and holder stay (encrypted, as ever). With none open, the payee's details are deleted and
 * each closed payment's snapshot keeps only the masked account (what the ledger's entries name); its holder becomes
 * the pseudonym and its encrypted account goes.
 */
@ApplicationScoped
public class PersonErasure {

    private static final Logger LOG = Logger.getLogger(PersonErasure.class);
    private static final Set<PaymentStatus> OPEN = EnumSet.of(
            PaymentStatus.SCHEDULED,
            PaymentStatus.APPROVED,
            PaymentStatus.EXPORTED,
            PaymentStatus.FAILED,
            PaymentStatus.RECALL_REQUESTED);
    public static final String ERASED = "(erased)";

    private final AgreementRepository agreements;
    private final PayeeRepository payees;
    private final PaymentRepository payments;
    private final PersonSettings settings;
    private final EntityManager entityManager;

    PersonErasure(
            AgreementRepository agreements,
            PayeeRepository payees,
            PaymentRepository payments,
            PersonSettings settings,
            EntityManager entityManager) {
        this.agreements = agreements;
        this.payees = payees;
        this.payments = payments;
        this.settings = settings;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(PersonErased erased) {
        String person = erased.personId();
        List<StipendAgreement> theirs = agreements.byMentee(person);
        Set<String> addresses = new LinkedHashSet<>();
        for (StipendAgreement a : theirs) {
            if (a.menteeEmail != null) {
                addresses.add(a.menteeEmail);
            }
            a.menteeName = erased.pseudonym();
            a.menteeEmail = null;
        }
        List<UUID> mentorships = theirs.stream().map(a -> a.mentorshipId).toList();
        List<Payment> money = payments.lockByMentorships(mentorships);
        boolean open = money.stream().anyMatch(p -> OPEN.contains(p.status));
        Payee payee = payees.findById(person);
        if (payee != null) {
            if (payee.email != null) {
                addresses.add(payee.email);
            }
            if (open) {
                payee.email = null;
            } else {
                payees.delete(payee);
            }
        }
        for (Payment p : money) {
            if (!OPEN.contains(p.status) && p.payout != null && p.payout.method != null) {
                p.payout.accountHolder = erased.pseudonym();
                p.payout.accountEncrypted = null;
            }
        }
        forgetMails(addresses);
        forgetParkedOnboardings(person, erased.pseudonym());
        settings.erase(person);
        LOG.infof(
                "Erased person %s: %d agreement(s), payee %s, %d payment(s) kept for accounting",
                erased.pseudonym(),
                theirs.size(),
                payee == null ? "none" : open ? "kept for open payments" : "deleted",
                money.size());
    }

    /** An onboarding still waiting for its plan will make an agreement: under the pseudonym, without the address. */
    private void forgetParkedOnboardings(String person, String pseudonym) {
        entityManager
                .createNativeQuery("""
                update pending_event set payload = cast(jsonb_set(jsonb_set(cast(payload as jsonb), '{menteeName}',
                       to_jsonb(cast(?1 as text))), '{menteeEmail}', to_jsonb(cast(?2 as text))) as text)
                where event_type = 'MenteeOnboarded' and cast(payload as jsonb) ->> 'menteeId' = ?3""")
                .setParameter(1, pseudonym)
                .setParameter(2, ERASED)
                .setParameter(3, person)
                .executeUpdate();
    }

    /** Mails to the person's addresses: the unsent are not sent, and none keeps the address or the text. */
    private void forgetMails(Set<String> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery("""
                update mail_outbox set state = case when state = 'PENDING' then 'FAILED' else state end,
                       last_error = case when state = 'PENDING' then 'recipient erased' else last_error end,
                       recipient = ?1, body = ?1, claimed_by = null, lease_until = null
                where recipient in (?2)""")
                .setParameter(1, ERASED)
                .setParameter(2, addresses)
                .executeUpdate();
    }
}
