package org.mentorship.contracts.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import org.mentorship.contracts.DomainEvent;

/** A coordinator revoked a Letter of Completion: verifying its code now reports it revoked, with {@code reason}. */
public record CertificateRevoked(
        UUID certificateId, UUID mentorshipId, String verificationCode, String reason, Instant revokedAt)
        implements DomainEvent {

    public CertificateRevoked {
        requireNonNull(certificateId, "certificateId");
        requireNonNull(mentorshipId, "mentorshipId");
        requireNonNull(verificationCode, "verificationCode");
        requireNonNull(reason, "reason");
        requireNonNull(revokedAt, "revokedAt");
    }

    @Override
    public String aggregateId() {
        return mentorshipId.toString();
    }
}
