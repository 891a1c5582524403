package org.mentorship.certificate.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mentorship.platform.history.StatusChange;

/** One change of a certificate: issued, revoked (who, when, from, to, why). */
@Entity
@Table(name = "certificate_history")
@AttributeOverride(name = "reason", column = @Column(name = "reason", nullable = false))
public class CertificateHistory extends StatusChange<CertificateStatus> {

    @Column(name = "certificate_id", nullable = false)
    public UUID certificateId;

    public static CertificateHistory of(
            Certificate c, CertificateStatus from, Instant at, String actor, String reason) {
        CertificateHistory h = new CertificateHistory();
        h.record(at, actor, from, c.status, reason);
        h.certificateId = c.id;
        return h;
    }
}
