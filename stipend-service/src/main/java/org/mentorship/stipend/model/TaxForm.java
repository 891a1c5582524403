package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The program's confirmation that a mentee's tax form was received; the first one is kept, never changed. */
@Entity
@Immutable
@Table(name = "tax_form")
public class TaxForm {

    /** Who confirmed it: the coordinator's tax-form HR step, or finance. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TaxFormSource")
    public enum Source {
        HR_STEP,
        FINANCE
    }

    @Id
    @Column(name = "mentee_id")
    public String menteeId;

    @Column(name = "confirmed_by", nullable = false)
    public String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    /** What confirmed it: the application of the HR step, or finance's note. */
    @Column(nullable = false)
    public String reference;

    public String describe() {
        return "tax form confirmed by " + confirmedBy + " (" + source + ") at " + confirmedAt;
    }
}
