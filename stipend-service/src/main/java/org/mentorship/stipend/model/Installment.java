package org.mentorship.stipend.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One installment an agreement expects; its payment exists once the installment's evaluation passed. */
@Entity
@Table(name = "stipend_installment")
public class Installment {

    @Id
    public UUID id;

    @Column(name = "mentorship_id", nullable = false)
    public UUID mentorshipId;

    @Column(nullable = false)
    public int number;

    /** The evaluation that earns it; null = the final evaluation. */
    @Column(name = "after_evaluation")
    public Integer afterEvaluation;

    @Column(nullable = false)
    public int percent;

    @Column(name = "expected_on", nullable = false)
    public LocalDate expectedOn;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** Whether a pass of evaluation {@code number} (final or not) earns this installment. */
    public boolean earnedBy(int evaluationNumber, boolean finalEvaluation) {
        return afterEvaluation == null ? finalEvaluation : afterEvaluation == evaluationNumber;
    }

    /** The evaluation number it waits for, with the final one resolved. */
    public int evaluationNumber(int evaluationCount) {
        return afterEvaluation == null ? evaluationCount : afterEvaluation;
    }
}
