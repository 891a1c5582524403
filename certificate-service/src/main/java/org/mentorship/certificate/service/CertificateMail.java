package org.mentorship.certificate.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.platform.logging.PersonalData;
import org.mentorship.platform.mail.MailRuns;

/**
 * Mails each mentee their Letter of Completion (the PDF attached), after the issuing transaction committed. A run
 * claims due letters (a lease, one short transaction), sends each outside any transaction and marks it in its own:
 * nothing can roll mailed_at back after the mail left, and replicas share the work without a cluster lock (the
 * lease and SKIP LOCKED keep a letter to one sender). A failed send is retried with a doubling wait, then FAILED
 * with the reason on the certificate; a revoked letter is never mailed. Each letter's Message-ID is fixed, so a
 * resend after a crash between send and mark is recognisable as the same message.
 */
@ApplicationScoped
public class CertificateMail {

    private static final Logger LOG = Logger.getLogger(CertificateMail.class);
    /** Ten sends at the mailer's 10 s timeout stay well inside the lease (5 minutes by default). */
    static final int BATCH = 10;

    private final CertificateMailQueue queue;
    private final LetterPdf pdf;
    private final Mailer mailer;
    /** Names this replica's leases. */
    private final String sender = "certificate-mail-" + UUID.randomUUID();

    CertificateMail(CertificateMailQueue queue, LetterPdf pdf, Mailer mailer) {
        this.queue = queue;
        this.pdf = pdf;
        this.mailer = mailer;
    }

    @Scheduled(
            every = "${mentorship.certificate.mail.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void scheduled() {
        sendDue();
    }

    /**
     * Sends every letter due now, a batch (one lease) at a time until a claim comes back short; returns how many were
     * claimed. A failed letter waits for its backoff, so it is not claimed again by the same run.
     */
    public int sendDue() {
        return MailRuns.untilShort(BATCH, this::sendBatch);
    }

    private int sendBatch() {
        List<UUID> claimed = queue.claim(sender, BATCH);
        for (UUID id : claimed) {
            Optional<Certificate> letter = queue.toSend(id, sender);
            if (letter.isEmpty()) {
                continue; // revoked (or mailed) since the claim
            }
            Certificate c = letter.get();
            try {
                mailer.send(letter(c));
            } catch (RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                // Neither the mentee's address nor the mail server's quote of it in the log line (PersonalData).
                LOG.warnf(
                        "Could not mail certificate %s to its mentee (attempt %d): %s",
                        c.id, c.mailAttempts, PersonalData.withoutEmailAddresses(error));
                queue.failed(c.id, sender, c.mailAttempts, error);
                continue;
            }
            queue.sent(c.id);
        }
        return claimed.size();
    }

    /** The same for every send of one letter. */
    static String messageId(UUID certificateId) {
        return "<certificate-" + certificateId + "@mentorship.example.org>";
    }

    private Mail letter(Certificate c) {
        String body = """
                Dear %s,

                Congratulations: you completed the mentorship program (%s, %s, %s).
                Your Letter of Completion is attached.

                Anyone can check it at %s
                (verification code %s).
                """.formatted(
                c.menteeName, c.projectTitle, c.organization, c.termName, c.verificationUrl, c.verificationCode);
        return Mail.withText(c.menteeEmail, "Your Letter of Completion", body)
                .addHeader("Message-ID", messageId(c.id))
                .addAttachment("letter-of-completion-" + c.verificationCode + ".pdf", pdf.render(c), "application/pdf");
    }
}
