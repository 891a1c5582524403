package org.mentorship.certificate.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a certificate: issued, revoked (who, when, from, to, why). */
@Entity
@Table(name = "certificate_history")
public class CertificateHistory {

    @Id
    public UUID id;

    @Column(name = "certificate_id", nullable = false)
    public UUID certificateId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CertificateStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CertificateStatus toStatus;

    @Column(nullable = false)
    public String reason;

    public static CertificateHistory of(Certificate c, CertificateStatus from, Instant at, String actor, String reason) {
        CertificateHistory h = new CertificateHistory();
        h.id = UUID.randomUUID();
        h.certificateId = c.id;
        h.at = at;
        h.actor = actor;
        h.fromStatus = from;
        h.toStatus = c.status;
        h.reason = reason;
        return h;
    }
}
