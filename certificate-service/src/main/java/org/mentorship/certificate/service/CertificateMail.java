package org.mentorship.certificate.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.mentorship.certificate.config.CertificateConfig;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.repository.CertificateRepository;
import org.mentorship.platform.lock.ClusterLock;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * Mails each mentee their Letter of Completion (the PDF attached). Mail is sent after the issuing transaction
 * committed, by this job: a failed send is retried on the next run (up to a limit), never lost with a rollback,
 * and a rolled-back issue never mails.
 */
@ApplicationScoped
public class CertificateMail {

    private static final Logger LOG = Logger.getLogger(CertificateMail.class);

    private final CertificateRepository certificates;
    private final LetterPdf pdf;
    private final Mailer mailer;
    private final ClusterLock lock;
    private final CertificateConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    CertificateMail(CertificateRepository certificates, LetterPdf pdf, Mailer mailer, ClusterLock lock,
            CertificateConfig config, EntityManager entityManager, Clock clock) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.mailer = mailer;
        this.lock = lock;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(every = "${mentorship.certificate.mail.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
    void sendDue() {
        lock.runExclusively("certificate-mail", this::sendBatch);
    }

    void sendBatch() {
        List<Certificate> due = certificates.lockUnmailed(config.mail().maxAttempts(), 20);
        for (Certificate c : due) {
            try {
                mailer.send(letter(c));
                mark(c, true);
            } catch (RuntimeException e) {
                mark(c, false);
                LOG.warnf("Could not mail certificate %s to %s (attempt %d): %s", c.id, c.menteeEmail,
                        c.mailAttempts + 1, e.getMessage());
            }
        }
    }

    private Mail letter(Certificate c) {
        String body = """
                Dear %s,

                Congratulations: you completed the mentorship program (%s, %s, %s).
                Your Letter of Completion is attached.

                Anyone can check it at %s
                (verification code %s).
                """.formatted(c.menteeName, c.projectTitle, c.organization, c.termName, c.verificationUrl,
                c.verificationCode);
        return Mail.withText(c.menteeEmail, "Your Letter of Completion", body)
                .addAttachment("letter-of-completion-" + c.verificationCode + ".pdf", pdf.render(c), "application/pdf");
    }

    /** Plain SQL, so the mail bookkeeping does not bump the certificate's version (no false stale writes). */
    private void mark(Certificate c, boolean sent) {
        if (sent) {
            entityManager.createNativeQuery(
                    "update certificate set mail_attempts = mail_attempts + 1, mailed_at = ?1 where id = ?2")
                    .setParameter(1, clock.instant())
                    .setParameter(2, c.id)
                    .executeUpdate();
        } else {
            entityManager.createNativeQuery("update certificate set mail_attempts = mail_attempts + 1 where id = ?1")
                    .setParameter(1, c.id)
                    .executeUpdate();
        }
    }
}
