package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mentorship.stipend.service.SettlementPolicy;

/**
 * A mentorship's stipend: created once from MenteeOnboarded, with the plan's amount and the verified country fixed at
 * that moment (the installments carry the amounts that follow from them).
 */
@Entity
@Table(name = "stipend_agreement")
public class StipendAgreement {

    @Id
    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(name = "term_name", nullable = false)
    public String termName;

    @Column(name = "project_title", nullable = false)
    public String projectTitle;

    @Column(name = "mentee_id", nullable = false)
    public String menteeId;

    @Column(name = "mentee_name", nullable = false)
    public String menteeName;

    /** From MenteeOnboarded, for a mentee with no payout details (and so no payee address) yet; null once erased. */
    @Column(name = "mentee_email")
    public String menteeEmail;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "evaluation_count", nullable = false)
    public int evaluationCount;

    @Column(name = "program_start", nullable = false)
    public LocalDate programStart;

    @Column(name = "program_end", nullable = false)
    public LocalDate programEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Column(name = "ended_reason")
    public String endedReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The country verified at onboarding (the signed contract's), or by finance since; null = none known. */
    @Column(length = 2)
    public String country;

    @Column(name = "country_verified_by")
    public String countryVerifiedBy;

    @Column(name = "country_verified_at")
    public Instant countryVerifiedAt;

    /** The organisation of the mentorship's project (MenteeOnboarded); null for agreements made before it was kept. */
    @Column(name = "organization")
    public String organization;

    /** The evaluation a PAY_EARNED termination named: its installment is still paid (SettlementPolicy). */
    @Column(name = "settled_evaluation")
    public Integer settledEvaluation;

    @Version
    public long version;

    /** Keeps the first settlement (SettlementPolicy rule 3); true when this call set it. */
    public boolean settle(Integer earnedEvaluation) {
        Integer kept = SettlementPolicy.kept(settledEvaluation, earnedEvaluation);
        boolean changed = settledEvaluation == null && kept != null;
        settledEvaluation = kept;
        return changed;
    }

    public boolean active() {
        return status == AgreementStatus.ACTIVE;
    }

    /** ACTIVE -> ENDED with the reason; ending an ended agreement changes nothing (the first reason stays). */
    public void end(String reason) {
        if (status == AgreementStatus.ACTIVE) {
            status = AgreementStatus.ENDED;
            endedReason = reason;
        }
    }

    /** The program's dates and evaluation count as evaluation-service's schedule has them (MentorshipStarted). */
    public void schedule(LocalDate startsOn, LocalDate endsOn, int evaluations) {
        programStart = startsOn;
        programEnd = endsOn;
        if (evaluations > 0) {
            // The schedule's count is the one "the final evaluation" means (an onboarding may carry none or another).
            evaluationCount = evaluations;
        }
    }

    /** The program ends later: an extension (MentorshipExtended). */
    public void extendTo(LocalDate endsOn) {
        programEnd = endsOn;
    }

    /** The country verified by {@code by} (onboarding's signed contract, or finance since); returns the one before. */
    public String verifyCountry(String verified, String by, Instant at) {
        String before = country;
        country = verified;
        countryVerifiedBy = by;
        countryVerifiedAt = at;
        return before;
    }
}
