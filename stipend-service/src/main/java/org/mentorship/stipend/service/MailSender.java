package org.mentorship.stipend.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorship.platform.lock.ClusterLock;
import org.mentorship.stipend.config.StipendConfig;
import org.mentorship.stipend.model.MailMessage;
import org.mentorship.stipend.repository.MailRepository;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * Mail through an outbox: {@link #queue} writes the mail in the transaction of the change it reports (rolled back
 * with it, committed with it), and a job claims due mails, sends them over SMTP and marks them, one replica at a
 * time. A failure is retried later with a doubling wait; after the last attempt the mail is FAILED. The change it
 * reports never waits for, or fails with, the mail server.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int BATCH = 20;

    private final ClusterLock lock;
    private final MailRepository mails;
    private final Mailer mailer;
    private final StipendConfig config;
    private final Clock clock;

    MailSender(ClusterLock lock, MailRepository mails, Mailer mailer, StipendConfig config, Clock clock) {
        this.lock = lock;
        this.mails = mails;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        MailMessage mail = new MailMessage();
        mail.id = UUID.randomUUID();
        mail.recipient = recipient;
        mail.subject = subject;
        mail.body = body;
        mail.state = MailMessage.PENDING;
        mail.createdAt = clock.instant();
        mail.nextAttemptAt = mail.createdAt;
        mails.persist(mail);
    }

    @Scheduled(every = "${mentorship.stipend.mail.send-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        runNow();
    }

    /** Sends what is due now; returns how many mails were attempted. */
    public int runNow() {
        int[] attempted = {0};
        lock.runExclusively("stipend-send-mail", () -> attempted[0] = sendDue());
        return attempted[0];
    }

    private int sendDue() {
        Instant now = clock.instant();
        List<MailMessage> due = mails.claimDue(now, BATCH);
        for (MailMessage mail : due) {
            mail.attempts++;
            try {
                mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body));
                mail.state = MailMessage.SENT;
                mail.sentAt = clock.instant();
                mail.lastError = null;
            } catch (RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                mail.lastError = error.length() <= 1000 ? error : error.substring(0, 1000);
                if (mail.attempts >= config.mail().maxAttempts()) {
                    mail.state = MailMessage.FAILED;
                    LOG.warnf("Giving up on mail %s after %d attempts: %s", mail.id, mail.attempts, mail.lastError);
                } else {
                    Duration wait = config.mail().backoff().multipliedBy(1L << Math.min(mail.attempts - 1, 16));
                    mail.nextAttemptAt = clock.instant().plus(wait);
                    LOG.infof("Mail %s failed (attempt %d), retrying at %s", mail.id, mail.attempts, mail.nextAttemptAt);
                }
            }
        }
        return due.size();
    }
}
