package org.mentorship.certificate.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Letter of Completion. The facts it states are signed at issue (see CertificateContent). */
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

    @Column(name = "mailed_at")
    public Instant mailedAt;

    @Column(name = "mail_attempts", nullable = false)
    public int mailAttempts;

    @Version
    public long version;
}
