package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.mentorship.platform.notice.Delivery;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.stipend.model.Installment;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.StipendAgreement;

/**
 * Reminds a mentee whose earned installment cannot be paid for want of payout details ({@link PayeeReminderPolicy}):
 * a notice in their feed and, by their channel for the kind, a mail; once per installment (payee_reminder's key), so
 * a redelivered or replayed pass reminds nobody twice.
 */
@ApplicationScoped
public class PayeeReminders {

    private final EntityManager entityManager;
    private final Notices notices;
    private final PersonSettings settings;
    private final MailSender mail;
    private final Clock clock;

    PayeeReminders(
            EntityManager entityManager, Notices notices, PersonSettings settings, MailSender mail, Clock clock) {
        this.entityManager = entityManager;
        this.notices = notices;
        this.settings = settings;
        this.mail = mail;
        this.clock = clock;
    }

    /** In the transaction that applies the pass that earned the installment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remindIfNeeded(StipendAgreement agreement, Installment installment, Payee payee) {
        if (!PayeeReminderPolicy.remind(true, payee) || !firstFor(agreement, installment)) {
            return;
        }
        Instant now = clock.instant();
        String amount =
                Money.major(installment.amountMinor, installment.currency).toPlainString() + " " + installment.currency;
        String subject = PayeeReminderPolicy.subject(agreement.projectTitle);
        String text = PayeeReminderPolicy.text(
                installment.number,
                amount,
                agreement.projectTitle,
                installment.expectedOn,
                now,
                settings.zoneOf(agreement.menteeId));
        Delivery delivery = notices.notify(agreement.menteeId, NoticeKind.PAYEE_DETAILS_REMINDER, subject, text);
        // No call tasks here: a phone choice is served by mail. Without a payee there is only the onboarding address.
        String to = payee != null && payee.email != null ? payee.email : agreement.menteeEmail;
        if (delivery.byMailWithoutCalls() && to != null) {
            mail.queue(to, subject, text);
        }
    }

    private boolean firstFor(StipendAgreement agreement, Installment installment) {
        return entityManager
                        .createNativeQuery("""
                        insert into payee_reminder (mentorship_id, installment, mentee_id, reminded_at)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                        .setParameter(1, agreement.mentorshipId)
                        .setParameter(2, installment.number)
                        .setParameter(3, agreement.menteeId)
                        .setParameter(4, clock.instant())
                        .executeUpdate()
                == 1;
    }
}
