package org.mentorship.stipend.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Pure rule: when an installment is expected (its amount is InstallmentPolicy's, fixed with the agreement). */
public final class Scheduling {

    /** Evaluations are spread evenly over the program; evaluation k of n is due k/n of the way through. */
    public static LocalDate evaluationDue(LocalDate start, LocalDate end, int number, int count) {
        long days = ChronoUnit.DAYS.between(start, end);
        return start.plusDays(days * Math.min(number, count) / Math.max(1, count));
    }

    private Scheduling() {}
}
