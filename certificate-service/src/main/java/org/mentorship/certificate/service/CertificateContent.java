package org.mentorship.certificate.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorship.certificate.model.Certificate;

/**
 * Exactly the facts a Letter of Completion states, in a fixed canonical form (JSON, fixed field order, ISO
 * dates): this is what is signed at issue and re-derived from the stored columns on every verification, so
 * changing any of them breaks the signature.
 */
@JsonPropertyOrder({
    "certificateId",
    "mentorshipId",
    "menteeId",
    "menteeName",
    "projectTitle",
    "organization",
    "termName",
    "programStart",
    "programEnd",
    "completedAt",
    "issuedAt",
    "verificationCode",
    "verificationUrl",
    "keyId",
    "workProductUrl"
})
public record CertificateContent(
        UUID certificateId,
        UUID mentorshipId,
        String menteeId,
        String menteeName,
        String projectTitle,
        String organization,
        String termName,
        LocalDate programStart,
        LocalDate programEnd,
        Instant completedAt,
        Instant issuedAt,
        String verificationCode,
        String verificationUrl,
        String keyId,
        // Left out when null, so a letter issued without one (every letter before issue 19) signs as it did.
        @JsonInclude(JsonInclude.Include.NON_NULL) String workProductUrl) {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static CertificateContent of(Certificate c) {
        return new CertificateContent(
                c.id,
                c.mentorshipId,
                c.menteeId,
                c.menteeName,
                c.projectTitle,
                c.organization,
                c.termName,
                c.programStart,
                c.programEnd,
                c.completedAt,
                c.issuedAt,
                c.verificationCode,
                c.verificationUrl,
                c.keyId,
                c.workProductUrl);
    }

    public byte[] canonicalBytes() {
        try {
            return CANONICAL.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise certificate content", e);
        }
    }
}
