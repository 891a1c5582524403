package org.mentorship.stipend.service;

import java.util.OptionalInt;

/** Which installment an evaluation pays: the first after evaluation 2, the second after the final one. */
public final class InstallmentPolicy {

    public static OptionalInt installmentFor(int evaluationNumber, boolean finalEvaluation) {
        if (finalEvaluation) {
            return OptionalInt.of(2);
        }
        return evaluationNumber == 2 ? OptionalInt.of(1) : OptionalInt.empty();
    }

    private InstallmentPolicy() {
    }
}
