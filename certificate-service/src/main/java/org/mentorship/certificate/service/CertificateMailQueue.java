package org.mentorship.certificate.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentorship.certificate.config.CertificateConfig;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.policy.CertificatePolicy;

/**
 * The bookkeeping of the letters' mail, each step its own short transaction (never one around a send, whose
 * timeout would undo mailed_at after the mail left): claim due letters under a lease, read one to render it, mark it
 * sent or failed. Plain SQL on the certificate row, so it never bumps the certificate's version. The same
 * claim/send/mark steps as application-service's notifications, kept here: they mark a signed certificate's
 * columns, skip revoked letters and render a PDF, where those keep a mail outbox of their own.
 */
@ApplicationScoped
public class CertificateMailQueue {

    /** A step that takes longer is rolled back and tried again by a later run (the database is in trouble). */
    static final int TRANSACTION_TIMEOUT_SECONDS = 10;

    private final EntityManager entityManager;
    private final CertificateConfig config;
    private final Clock clock;

    CertificateMailQueue(EntityManager entityManager, CertificateConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Takes up to {@code limit} valid letters not mailed yet, due (first try, or their wait is over) and not leased
     * to a live sender; each counts as an attempt and is leased to {@code sender}. Rows another sender is claiming
     * right now are skipped, not waited for. The lease runs on the database's clock, shared by every replica.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    @SuppressWarnings("unchecked")
    public List<UUID> claim(String sender, int limit) {
        List<UUID> due = entityManager
                .createNativeQuery("""
                select id from certificate
                where mailed_at is null and mail_failed_at is null and status = 'VALID'
                  and (mail_next_attempt_at is null or mail_next_attempt_at <= ?1)
                  and (mail_lease_until is null or mail_lease_until < now())
                order by issued_at limit ?2 for update skip locked""")
                .setParameter(1, clock.instant())
                .setParameter(2, limit)
                .getResultList();
        if (!due.isEmpty()) {
            entityManager
                    .createNativeQuery("""
                    update certificate set mail_claimed_by = ?1, mail_attempts = mail_attempts + 1,
                           mail_lease_until = now() + make_interval(secs => ?2)
                    where id in (?3)""")
                    .setParameter(1, sender)
                    .setParameter(2, config.mail().lease().toSeconds())
                    .setParameter(3, due)
                    .executeUpdate();
        }
        return due;
    }

    /**
     * The claimed letter as it is now, if it is still to be mailed by this sender: a letter revoked since the claim
     * is released and never mailed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public Optional<Certificate> toSend(UUID id, String sender) {
        Certificate c = entityManager.find(Certificate.class, id);
        if (c == null || c.mailedAt != null) {
            return Optional.empty();
        }
        if (!CertificatePolicy.mailable(c)) {
            release(id, sender);
            return Optional.empty();
        }
        entityManager.detach(c);
        return Optional.of(c);
    }

    /** The mail left: recorded whoever holds the lease now (it did go out). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public void sent(UUID id) {
        entityManager
                .createNativeQuery("""
                update certificate set mailed_at = ?1, mail_last_error = null, mail_claimed_by = null,
                       mail_lease_until = null
                where id = ?2 and mailed_at is null""")
                .setParameter(1, clock.instant())
                .setParameter(2, id)
                .executeUpdate();
    }

    /**
     * The send failed: the letter waits {@code backoff * 2^(attempts-1)}, or is FAILED after the last attempt, the
     * reason kept (attempts are counted at the claim). Ignored when the lease went to another sender meanwhile
     * (its attempt decides).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public void failed(UUID id, String sender, int attempts, String error) {
        Instant now = clock.instant();
        Duration wait = config.mail().backoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        entityManager
                .createNativeQuery("""
                update certificate set mail_last_error = ?1, mail_next_attempt_at = ?2,
                       mail_failed_at = case when mail_attempts >= ?3 then cast(?6 as timestamptz) end,
                       mail_claimed_by = null, mail_lease_until = null
                where id = ?4 and mail_claimed_by = ?5 and mailed_at is null""")
                .setParameter(1, truncate(error))
                .setParameter(2, now.plus(wait))
                .setParameter(3, config.mail().maxAttempts())
                .setParameter(4, id)
                .setParameter(5, sender)
                .setParameter(6, now)
                .executeUpdate();
    }

    private void release(UUID id, String sender) {
        entityManager
                .createNativeQuery(
                        "update certificate set mail_claimed_by = null, mail_lease_until = null where id = ?1 and mail_claimed_by = ?2")
                .setParameter(1, id)
                .setParameter(2, sender)
                .executeUpdate();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
