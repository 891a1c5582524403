package org.mentorship.certificate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorship.certificate.policy.CertificatePolicy;

/**
 * A Letter of Completion. The facts it states are signed at issue (see CertificateContent); {@link #revoke} is its
 * one change (CertificatePolicy).
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(name = "completion_id", nullable = false)
    public UUID completionId;

    @Column(name = "mentee_id", nullable = false)
    public String menteeId;

    @Column(name = "mentee_name", nullable = false)
    public String menteeName;

    @Column(name = "mentee_email", nullable = false)
    public String menteeEmail;

    @Column(name = "term_name", nullable = false)
    public String termName;

    @Column(name = "project_title", nullable = false)
    public String projectTitle;

    @Column(nullable = false)
    public String organization;

    @Column(name = "program_start", nullable = false)
    public LocalDate programStart;

    @Column(name = "program_end", nullable = false)
    public LocalDate programEnd;

    /** The confirmed work product MentorshipCompleted carried; null when none (a signed fact when present). */
    @Column(name = "work_product_url")
    public String workProductUrl;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "verification_code", nullable = false)
    public String verificationCode;

    @Column(name = "verification_url", nullable = false)
    public String verificationUrl;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    /** Base64 Ed25519 signature of the certificate's canonical content. */
    @Column(nullable = false)
    public String signature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    // The mail's bookkeeping is written only by CertificateMailQueue's SQL: read-only here, so saving the
    // certificate (a revocation) never writes back a stale copy of it, and it never bumps the version.
    @Column(name = "mailed_at", insertable = false, updatable = false)
    public Instant mailedAt;

    @Column(name = "mail_attempts", insertable = false, updatable = false)
    public int mailAttempts;

    @Column(name = "mail_next_attempt_at", insertable = false, updatable = false)
    public Instant mailNextAttemptAt;

    @Column(name = "mail_last_error", insertable = false, updatable = false)
    public String mailLastError;

    @Column(name = "mail_failed_at", insertable = false, updatable = false)
    public Instant mailFailedAt;

    /** SENT, PENDING (not sent yet, or waiting to retry), FAILED (gave up) or WITHHELD (revoked before it went out). */
    public String mailState() {
        if (mailedAt != null) {
            return "SENT";
        }
        if (mailFailedAt != null) {
            return "FAILED";
        }
        return status == CertificateStatus.REVOKED ? "WITHHELD" : "PENDING";
    }

    @Version
    public long version;

    /** Withdraws the certificate, once, with who, when and why; returns the status it left (for the history). */
    public CertificateStatus revoke(String reason, String by, Instant now) {
        CertificatePolicy.requireRevocable(this);
        CertificateStatus from = status;
        status = CertificateStatus.REVOKED;
        revokedAt = now;
        revokedBy = by;
        revocationReason = reason;
        return from;
    }
}
