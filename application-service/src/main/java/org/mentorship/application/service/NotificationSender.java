package org.mentorship.application.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.application.model.Notification;
import org.mentorship.platform.mail.MailRuns;

/**
 * Sends queued emails over SMTP. A run claims due emails (a lease, one short transaction), sends each outside any
 * transaction and marks it in its own ({@link NotificationQueue}): a slow SMTP server can no longer make a
 * transaction time out and roll SENT back after the mails left. Replicas share the work without a cluster lock:
 * the lease and SKIP LOCKED keep an email to one sender, and a sender that dies has its emails taken over when the
 * lease runs out. A failure is retried later with a doubling wait; after the last attempt the mail is FAILED,
 * visible to coordinators. The decision it reports stays.
 */
@ApplicationScoped
public class NotificationSender {

    /** Twenty sends at the mailer's 10 s timeout stay inside the lease (5 minutes by default). */
    private static final int BATCH = 20;

    private final NotificationQueue queue;
    private final Mailer mailer;
    /** Names this replica's leases. */
    private final String sender = "notifications-" + UUID.randomUUID();

    NotificationSender(NotificationQueue queue, Mailer mailer) {
        this.queue = queue;
        this.mailer = mailer;
    }

    @Scheduled(
            every = "${mentorship.application.notifications.send-every:5s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        runNow();
    }

    /**
     * Sends everything due now, a batch (one lease) at a time until a claim comes back short; returns how many mails
     * were attempted. A failed mail waits for its backoff, so it is not claimed again by the same run.
     */
    public int runNow() {
        return MailRuns.untilShort(BATCH, this::sendBatch);
    }

    private int sendBatch() {
        List<Notification> due = queue.claim(sender, BATCH);
        for (Notification mail : due) {
            try {
                mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body)
                        .addHeader("Message-ID", mail.messageId()));
            } catch (RuntimeException e) {
                queue.failed(mail.id, sender, e.getClass().getSimpleName() + ": " + e.getMessage());
                continue;
            }
            queue.sent(mail.id);
        }
        return due.size();
    }
}
