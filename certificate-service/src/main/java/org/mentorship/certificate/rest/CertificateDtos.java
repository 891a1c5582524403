package org.mentorship.certificate.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mentorship.certificate.model.Certificate;
import org.mentorship.certificate.model.CertificateStatus;

/** Requests and responses of the certificate endpoints. */
public final class CertificateDtos {

    public record Revoke(@NotBlank @Size(max = 1000) String reason) {}

    public record CertificateDto(
            UUID id,
            UUID mentorshipId,
            String menteeId,
            String menteeName,
            String projectTitle,
            String organization,
            String termName,
            LocalDate programStart,
            LocalDate programEnd,
            String workProductUrl,
            Instant completedAt,
            Instant issuedAt,
            String verificationCode,
            String verificationUrl,
            CertificateStatus status,
            Instant revokedAt,
            String revocationReason,
            Instant mailedAt,
            List<HistoryDto> history,
            MailDto mail) {
        /** {@code coordinator}: the mail's last error is shown (it may name mail servers). */
        static CertificateDto of(Certificate c, List<HistoryDto> history, boolean coordinator) {
            return new CertificateDto(
                    c.id,
                    c.mentorshipId,
                    c.menteeId,
                    c.menteeName,
                    c.projectTitle,
                    c.organization,
                    c.termName,
                    c.programStart,
                    c.programEnd,
                    c.workProductUrl,
                    c.completedAt,
                    c.issuedAt,
                    c.verificationCode,
                    c.verificationUrl,
                    c.status,
                    c.revokedAt,
                    c.revocationReason,
                    c.mailedAt,
                    history,
                    new MailDto(
                            c.mailState(),
                            c.mailAttempts,
                            c.mailedAt == null ? c.mailNextAttemptAt : null,
                            coordinator ? c.mailLastError : null));
        }
    }

    /**
     * The letter's mail to the mentee: SENT, PENDING (retried with a growing wait), FAILED after the last attempt, or
     * WITHHELD (revoked before it went out: a revoked letter is never mailed).
     */
    public record MailDto(String state, int attempts, Instant nextAttemptAt, String lastError) {}

    /** What the facts on a presented letter should be. */
    public record Facts(
            String menteeName,
            String projectTitle,
            String organization,
            String termName,
            LocalDate programStart,
            LocalDate programEnd,
            Instant completedAt,
            Instant issuedAt,
            String workProductUrl) {}

    /**
     * The public answer for a code. VALID: authentic and in force. REVOKED: authentic but withdrawn (with why).
     * INVALID: the stored facts no longer match their signature (tampered); no facts are vouched for.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerificationDto(
            String verificationCode,
            String status,
            boolean valid,
            boolean signatureValid,
            Facts facts,
            Instant revokedAt,
            String revocationReason,
            String keyId,
            Instant checkedAt) {}

    public record PublicKey(String keyId, String algorithm, String format, String key) {}

    private CertificateDtos() {}
}
