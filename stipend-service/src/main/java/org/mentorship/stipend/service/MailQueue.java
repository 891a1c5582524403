package org.mentorship.stipend.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.stipend.config.StipendConfig;
import org.mentorship.stipend.model.MailMessage;
import org.mentorship.stipend.repository.MailRepository;

/**
 * The bookkeeping of the mail outbox, each step its own short transaction (never one around a send, whose timeout
 * would roll SENT back after the mail left): claim due mails under a lease, then mark each sent or failed. The same
 * claim/send/mark steps as application-service's NotificationQueue, kept in each service for now.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class);
    /** A step that takes longer is rolled back and tried again by a later run (the database is in trouble). */
    static final int TRANSACTION_TIMEOUT_SECONDS = 10;

    private final MailRepository mails;
    private final StipendConfig config;
    private final Clock clock;

    MailQueue(MailRepository mails, StipendConfig config, Clock clock) {
        this.mails = mails;
        this.config = config;
        this.clock = clock;
    }

    /** Up to {@code limit} due mails, leased to {@code sender}; each claim counts as an attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public List<MailMessage> claim(String sender, int limit) {
        List<UUID> due = mails.lockDue(clock.instant(), limit);
        if (due.isEmpty()) {
            return List.of();
        }
        mails.lease(due, sender, config.mail().lease().toSeconds());
        return due.stream().map(mails::findById).toList();
    }

    /** The mail left: recorded whoever holds the lease now (it did go out). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public void sent(UUID id) {
        MailMessage mail = mails.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (!MailMessage.PENDING.equals(mail.state)) {
            return;
        }
        mail.state = MailMessage.SENT;
        mail.sentAt = clock.instant();
        mail.lastError = null;
        endLease(mail);
    }

    /**
     * The send failed: the mail waits {@code backoff * 2^(attempts-1)}, or is FAILED after the last attempt. Ignored
     * when the lease went to another sender meanwhile (its attempt decides).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public void failed(UUID id, String sender, String error) {
        MailMessage mail = mails.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (!MailMessage.PENDING.equals(mail.state) || !sender.equals(mail.claimedBy)) {
            return;
        }
        mail.lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        if (mail.attempts >= config.mail().maxAttempts()) {
            mail.state = MailMessage.FAILED;
            LOG.warnf(
                    "Giving up on mail %s after %d attempts: %s",
                    mail.id,
                    mail.attempts,
                    org.mentorship.platform.logging.PersonalData.withoutEmailAddresses(mail.lastError));
        } else {
            Duration wait = config.mail().backoff().multipliedBy(1L << Math.min(mail.attempts - 1, 16));
            mail.nextAttemptAt = clock.instant().plus(wait);
            LOG.infof("Mail %s failed (attempt %d), retrying at %s", mail.id, mail.attempts, mail.nextAttemptAt);
        }
        endLease(mail);
    }

    private static void endLease(MailMessage mail) {
        mail.claimedBy = null;
        mail.leaseUntil = null;
    }
}
