package org.mentorship.stipend.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.platform.mail.MailRuns;
import org.mentorship.stipend.model.MailMessage;
import org.mentorship.stipend.repository.MailRepository;

/**
 * Mail through an outbox: {@link #queue} writes the mail in the transaction of the change it reports (rolled back
 * with it, committed with it), and a job sends what is due. A run claims due mails (a lease, one short transaction),
 * sends each outside any transaction and marks it in its own ({@link MailQueue}): a slow SMTP server can no longer
 * make a transaction time out and roll SENT back after the mails left. Replicas share the work without a cluster
 * lock: the lease and SKIP LOCKED keep a mail to one sender, and a sender that dies (or cannot mark a mail) has it
 * taken over when the lease runs out, sent again with the same Message-ID. A failure is retried later with a
 * doubling wait; after the last attempt the mail is FAILED. The change it reports never waits for, or fails with,
 * the mail server.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    /** Twenty sends at the mailer's 10 s timeout stay inside the lease (5 minutes by default). */
    private static final int BATCH = 20;

    private final MailQueue outbox;
    private final MailRepository mails;
    private final Mailer mailer;
    private final Clock clock;
    /** Names this replica's leases. */
    private final String sender = "stipend-mail-" + UUID.randomUUID();

    MailSender(MailQueue outbox, MailRepository mails, Mailer mailer, Clock clock) {
        this.outbox = outbox;
        this.mails = mails;
        this.mailer = mailer;
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

    @Scheduled(
            every = "${mentorship.stipend.mail.send-every:5s}",
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
        List<MailMessage> due = outbox.claim(sender, BATCH);
        for (MailMessage mail : due) {
            try {
                mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body)
                        .addHeader("Message-ID", mail.messageId()));
            } catch (RuntimeException e) {
                mark(mail, () -> outbox.failed(mail.id, sender, e.getClass().getSimpleName() + ": " + e.getMessage()));
                continue;
            }
            mark(mail, () -> outbox.sent(mail.id));
        }
        return due.size();
    }

    /** A mark that fails leaves the mail leased to this sender: not sent again before the lease runs out. */
    private static void mark(MailMessage mail, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.warnf(
                    e,
                    "Could not record the outcome of mail %s; its lease keeps it from being sent again until it runs out",
                    mail.id);
        }
    }
}
