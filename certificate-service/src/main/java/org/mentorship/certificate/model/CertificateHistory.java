package org.mentorship.certificate.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One change of a certificate: issued, revoked (who, when, from, to, why). */
@Entity
@Table(name = "certificate_history")
public class CertificateHistory extends StatusChange {

    @Column(name = "certificate_id", nullable = false)
    public UUID certificateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CertificateStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CertificateStatus toStatus;

    public static CertificateHistory of(Certificate c, CertificateStatus from, Instant at, String actor, String reason) {
        CertificateHistory h = new CertificateHistory();
        h.record(at, actor, reason);
        h.certificateId = c.id;
        h.fromStatus = from;
        h.toStatus = c.status;
        return h;
    }
}
