package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** The mentee met every requirement and received their Letter of Completion, verifiable at {@code verificationUrl}. */
public record CertificateIssued(
        UUID certificateId,
        UUID mentorshipId,
        String menteeId,
        String verificationCode,
        String verificationUrl,
        Instant issuedAt)
        implements DomainEvent {

    public CertificateIssued {
        requireNonNull(certificateId, "certificateId");
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(menteeId, "menteeId");
        requireNonNull(verificationCode, "verificationCode");
        requireNonNull(verificationUrl, "verificationUrl");
        requireNonNull(issuedAt, "issuedAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
