package org.mentorship.application.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.application.model.Notification;
import org.mentorship.application.model.NotificationState;
import org.mentorship.application.repository.NotificationRepository;
import org.mentorship.platform.logging.PersonalData;

/**
 * The bookkeeping of the email outbox, each step its own short transaction (never one around a send, whose timeout
 * would roll SENT back after the mail left): claim due emails under a lease, then mark each sent or failed.
 * The same claim/send/mark steps as certificate-service's letters, kept in each service: these are a mail outbox
 * of their own, those are columns of a signed certificate that must skip revoked letters.
 */
@ApplicationScoped
public class NotificationQueue {

    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);
    /** A step that takes longer is rolled back and tried again by a later run (the database is in trouble). */
    static final int TRANSACTION_TIMEOUT_SECONDS = 10;

    private final NotificationRepository notifications;
    private final AdmissionsConfig config;
    private final Clock clock;

    NotificationQueue(NotificationRepository notifications, AdmissionsConfig config, Clock clock) {
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    /** Up to {@code limit} due emails, leased to {@code sender}; each claim counts as an attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public List<Notification> claim(String sender, int limit) {
        List<UUID> due = notifications.lockDue(clock.instant(), limit);
        if (due.isEmpty()) {
            return List.of();
        }
        notifications.lease(due, sender, config.notifications().lease().toSeconds());
        return due.stream().map(notifications::findById).toList();
    }

    /** The mail left: recorded whoever holds the lease now (it did go out). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public void sent(UUID id) {
        Notification mail = notifications.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (mail.state != NotificationState.PENDING) {
            return;
        }
        mail.state = NotificationState.SENT;
        mail.sentAt = clock.instant();
        mail.lastError = null;
        endLease(mail);
    }

    /**
     * The send failed: the email waits {@code backoff * 2^(attempts-1)}, or is FAILED after the last attempt.
     * Ignored when the lease went to another sender meanwhile (its attempt decides).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public void failed(UUID id, String sender, String error) {
        Notification mail = notifications.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (mail.state != NotificationState.PENDING || !sender.equals(mail.claimedBy)) {
            return;
        }
        mail.lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        if (mail.attempts >= config.notifications().maxAttempts()) {
            mail.state = NotificationState.FAILED;
            LOG.warnf(
                    "Giving up on notification %s after %d attempts: %s",
                    mail.id, mail.attempts, PersonalData.withoutEmailAddresses(mail.lastError));
        } else {
            Duration wait = config.notifications().backoff().multipliedBy(1L << Math.min(mail.attempts - 1, 16));
            mail.nextAttemptAt = clock.instant().plus(wait);
            LOG.infof(
                    "Notification %s failed (attempt %d), retrying at %s: %s",
                    mail.id, mail.attempts, mail.nextAttemptAt, PersonalData.withoutEmailAddresses(mail.lastError));
        }
        endLease(mail);
    }

    private static void endLease(Notification mail) {
        mail.claimedBy = null;
        mail.leaseUntil = null;
    }
}
