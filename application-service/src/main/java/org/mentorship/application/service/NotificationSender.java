package org.mentorship.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.application.model.Notification;
import org.mentorship.application.model.NotificationState;
import org.mentorship.application.repository.NotificationRepository;
import org.mentorship.platform.lock.ClusterLock;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends queued emails over SMTP, one replica at a time. A failure is counted and retried later with a doubling
 * wait; after the last attempt the mail is FAILED, visible to coordinators. The decision it reports stays.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    private static final int BATCH = 20;

    private final ClusterLock lock;
    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final AdmissionsConfig config;
    private final Clock clock;

    NotificationSender(ClusterLock lock, NotificationRepository notifications, Mailer mailer, AdmissionsConfig config,
            Clock clock) {
        this.lock = lock;
        this.notifications = notifications;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${mentorship.application.notifications.send-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        runNow();
    }

    /** Sends what is due now; returns how many mails were attempted. */
    public int runNow() {
        int[] attempted = {0};
        lock.runExclusively("send-notifications", () -> attempted[0] = sendDue());
        return attempted[0];
    }

    private int sendDue() {
        Instant now = clock.instant();
        List<Notification> due = notifications.claimDue(now, BATCH);
        for (Notification mail : due) {
            mail.attempts++;
            try {
                mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body));
                mail.state = NotificationState.SENT;
                mail.sentAt = clock.instant();
                mail.lastError = null;
            } catch (RuntimeException e) {
                mail.lastError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
                if (mail.attempts >= config.notifications().maxAttempts()) {
                    mail.state = NotificationState.FAILED;
                    LOG.warnf("Giving up on notification %s after %d attempts: %s", mail.id, mail.attempts, mail.lastError);
                } else {
                    Duration wait = config.notifications().backoff().multipliedBy(1L << Math.min(mail.attempts - 1, 16));
                    mail.nextAttemptAt = clock.instant().plus(wait);
                    LOG.infof("Notification %s failed (attempt %d), retrying at %s", mail.id, mail.attempts, mail.nextAttemptAt);
                }
            }
        }
        return due.size();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
