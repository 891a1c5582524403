package org.mentorship.application.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A term's eligibility questions and the rules on their answers (EligibilityPolicy applies them): a minimum of hours
 * a week, applicants over 18 only, the countries where a stipend can be paid, and how many hours of other
 * commitments make reviewers look twice. Null (or empty) means the rule is off.
 */
@Entity
@Table(name = "term_eligibility_rules")
public class EligibilityRules {

    @Id
    @Column(name = "term_id")
    public UUID termId;

    @Column(name = "min_hours_per_week")
    public Integer minHoursPerWeek;

    @Column(name = "adults_only", nullable = false)
    public boolean adultsOnly;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "term_paid_country", joinColumns = @JoinColumn(name = "term_id"))
    @Column(name = "country")
    public Set<String> paidCountries = new TreeSet<>();

    @Column(name = "flag_other_commitments_over_hours")
    public Integer flagOtherCommitmentsOverHours;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Version
    public long version;

    /** The rules of a term that had none. */
    public static EligibilityRules of(UUID termId) {
        EligibilityRules rules = new EligibilityRules();
        rules.termId = termId;
        return rules;
    }

    /** Replaces every rule at once (the coordinator sends the whole set); countries are kept upper-case. */
    public void set(
            Integer minHoursPerWeek,
            boolean adultsOnly,
            Collection<String> paidCountries,
            Integer flagOtherCommitmentsOverHours,
            String by,
            Instant at) {
        this.minHoursPerWeek = minHoursPerWeek;
        this.adultsOnly = adultsOnly;
        this.paidCountries.clear();
        paidCountries.forEach(c -> this.paidCountries.add(c.trim().toUpperCase(Locale.ROOT)));
        this.flagOtherCommitmentsOverHours = flagOtherCommitmentsOverHours;
        this.changedBy = by;
        this.changedAt = at;
    }
}
