package org.mentorship.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One person's answer to a term's eligibility questions, given once: it is what every application of theirs in the
 * term is judged on, so it never changes afterwards (no setters, no version). Personal data: exported with the
 * person's data and deleted when they are erased.
 */
@Entity
@Table(name = "eligibility_answer")
public class EligibilityAnswer {

    @Id
    public UUID id;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(nullable = false)
    public String person;

    @Column(name = "hours_per_week", nullable = false)
    public int hoursPerWeek;

    @Column(name = "other_commitments")
    public String otherCommitments;

    @Column(name = "other_commitment_hours", nullable = false)
    public int otherCommitmentHours;

    @Column(nullable = false)
    public boolean over18;

    @Column(nullable = false)
    public String country;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    public static EligibilityAnswer of(
            UUID termId,
            String person,
            int hoursPerWeek,
            String otherCommitments,
            int otherCommitmentHours,
            boolean over18,
            String country,
            Instant at) {
        EligibilityAnswer answer = new EligibilityAnswer();
        answer.id = UUID.randomUUID();
        answer.termId = termId;
        answer.person = person;
        answer.hoursPerWeek = hoursPerWeek;
        answer.otherCommitments = otherCommitments == null || otherCommitments.isBlank() ? null : otherCommitments;
        answer.otherCommitmentHours = otherCommitmentHours;
        answer.over18 = over18;
        answer.country = country.trim().toUpperCase(Locale.ROOT);
        answer.answeredAt = at;
        return answer;
    }
}
