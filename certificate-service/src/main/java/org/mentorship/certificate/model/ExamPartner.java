package org.mentorship.certificate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A partner system a coordinator registered to record attempts of one exam. */
@Entity
@Table(name = "exam_partner")
public class ExamPartner {

    @EmbeddedId
    public Key key;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    @Embeddable
    public record Key(
            @Column(name = "exam_id") UUID examId,
            @Column(name = "partner_id") String partnerId) implements Serializable {}

    public static ExamPartner of(UUID examId, String partnerId, String grantedBy, Instant grantedAt) {
        ExamPartner p = new ExamPartner();
        p.key = new Key(examId, partnerId);
        p.grantedBy = grantedBy;
        p.grantedAt = grantedAt;
        return p;
    }
}
