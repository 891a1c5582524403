package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mentorship.platform.notice.Delivery;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.time.LocalTimes;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.PaymentRepository;

/**
 * What a change of a payee's payout details does to money already on its way: an approval was given for the old
 * account, so an APPROVED (or FAILED, to be retried) payment goes back to SCHEDULED for approval with the new
 * details, and an EXPORTED one, which a bank file carries to the old account, becomes RECALL_REQUESTED; each in the
 * ledger. The mentee is told at her old and her new address, so a change she did not make does not go unseen.
 */
@ApplicationScoped
public class PayoutChanges {

    /** The details that decide where money goes, and where notices go, before and after a change. */
    public record Details(String method, String holder, String account, String masked, String bankCode, String email) {

        public boolean samePayout(Details other) {
            return Objects.equals(method, other.method)
                    && Objects.equals(holder, other.holder)
                    && Objects.equals(account, other.account)
                    && Objects.equals(bankCode, other.bankCode);
        }
    }

    private static final String ACTOR_PREFIX = "payee:";

    private final AgreementRepository agreements;
    private final PaymentRepository payments;
    private final Ledger ledger;
    private final MailSender mail;
    private final Notices notices;
    private final PersonSettings settings;
    private final Clock clock;

    PayoutChanges(
            AgreementRepository agreements,
            PaymentRepository payments,
            Ledger ledger,
            MailSender mail,
            Notices notices,
            PersonSettings settings,
            Clock clock) {
        this.notices = notices;
        this.settings = settings;
        this.agreements = agreements;
        this.payments = payments;
        this.ledger = ledger;
        this.mail = mail;
        this.clock = clock;
    }

    /** Called in the transaction that saved {@code payee}, with its details before ({@code null} for new ones). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Payee payee, Details before, Details after) {
        if (before == null || (before.samePayout(after) && Objects.equals(before.email, after.email))) {
            return;
        }
        List<String> affected = new ArrayList<>();
        if (!before.samePayout(after)) {
            List<UUID> mentorships = agreements.byMentee(payee.menteeId).stream()
                    .map((StipendAgreement a) -> a.mentorshipId)
                    .toList();
            String actor = ACTOR_PREFIX + payee.menteeId;
            for (Payment p : payments.lockByMentorships(mentorships)) {
                PaymentStatus from = p.status;
                String money = Money.major(p.amountMinor, p.currency).toPlainString() + " " + p.currency;
                if (from == PaymentStatus.APPROVED || from == PaymentStatus.FAILED) {
                    p.backToApproval(clock.instant());
                    ledger.record(
                            p,
                            from,
                            actor,
                            "Payout details changed (now " + payee.accountMasked + ", approved for " + before.masked()
                                    + "): back for approval");
                    affected.add(
                            "- Installment " + p.installment + " (" + money + ") was approved for your old details;"
                                    + " it waits for approval again, to be paid to the new ones.");
                } else if (from == PaymentStatus.EXPORTED) {
                    p.requestRecall(
                            "Payout details changed after export (now " + payee.accountMasked + ")", clock.instant());
                    ledger.record(
                            p,
                            from,
                            actor,
                            "Payout details changed after export (now " + payee.accountMasked + ", the file pays "
                                    + before.masked() + "): recall requested");
                    affected.add(
                            "- Installment " + p.installment + " (" + money + ") was already sent to the bank for your"
                                    + " old details; a recall was requested. If the recall succeeds it is approved again for the new"
                                    + " details; if the bank had paid already, the money went to the old account.");
                }
            }
        }
        Set<String> recipients = new LinkedHashSet<>();
        if (before.email != null) {
            recipients.add(before.email);
        }
        if (after.email != null) {
            recipients.add(after.email);
        }
        String body = "Hello,\n\nthe payout details of your stipend were changed on "
                + LocalTimes.forMail(clock.instant(), settings.zoneOf(payee.menteeId))
                + ".\nAccount now: " + payee.accountMasked + " (" + payee.payoutMethod + "), before: " + before.masked()
                + ".\nNotices now go to: " + (after.email == null ? "(no address)" : after.email)
                + (Objects.equals(before.email, after.email) ? "" : ", before: " + before.email) + ".\n"
                + (affected.isEmpty() ? "" : "\n" + String.join("\n", affected) + "\n")
                + "\nIf you did not make this change, contact the program's finance team at once.\n";
        String subject = "Your stipend payout details were changed";
        // A payment notice is mandatory: it reaches the mentee by mail whatever they chose (no call tasks here).
        Delivery delivery = notices.notify(payee.menteeId, NoticeKind.PAYMENT, subject, body);
        if (delivery.byMailWithoutCalls()) {
            for (String to : recipients) {
                mail.queue(to, subject, body);
            }
        }
    }
}
