package org.mentorship.stipend.service;

import java.util.List;
import java.util.OptionalInt;

import org.mentorship.stipend.model.PlanInstallment;

/**
 * The program's default split: the first installment after evaluation 2, the second after the final one,
 * 50/50. A plan may set another split; this is what a plan gets when finance gives none.
 */
public final class InstallmentPolicy {

    public static OptionalInt installmentFor(int evaluationNumber, boolean finalEvaluation) {
        if (finalEvaluation) {
            return OptionalInt.of(2);
        }
        return evaluationNumber == 2 ? OptionalInt.of(1) : OptionalInt.empty();
    }

    public static List<PlanInstallment> defaultSplit() {
        return List.of(new PlanInstallment(1, 2, 50), new PlanInstallment(2, null, 50));
    }

    private InstallmentPolicy() {
    }
}
