package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A mail to send (mail_outbox): written with the change it reports, sent later by {@code MailSender}. */
@Entity
@Table(name = "mail_outbox")
public class MailMessage {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    /** PENDING, SENT or FAILED (after the last attempt). */
    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;

    /** The sender sending it now, until lease_until (database time, set by MailRepository.lease). */
    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** The same for every send of this mail, so a resend after a crash is recognisable as the same message. */
    public String messageId() {
        return "<stipend-mail-" + id + "@mentorship.example.org>";
    }
}
