package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One share of a plan: {@code percent} of the amount, due after evaluation {@code afterEvaluation} (null = the final one). */
@Embeddable
public class PlanInstallment {

    @Column(nullable = false)
    public int number;

    @Column(name = "after_evaluation")
    public Integer afterEvaluation;

    @Column(nullable = false)
    public int percent;

    public PlanInstallment() {}

    public PlanInstallment(int number, Integer afterEvaluation, int percent) {
        this.number = number;
        this.afterEvaluation = afterEvaluation;
        this.percent = percent;
    }
}
