package org.mentorship.stipend.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.mentorship.stipend.model.Installment;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.model.StipendPlan;

/** Pure rules: when an installment is expected and how much it is. */
public final class Scheduling {

    /** Evaluations are spread evenly over the program; evaluation k of n is due k/n of the way through. */
    public static LocalDate evaluationDue(LocalDate start, LocalDate end, int number, int count) {
        long days = ChronoUnit.DAYS.between(start, end);
        return start.plusDays(days * Math.min(number, count) / Math.max(1, count));
    }

    /** Each installment's amount for this payee (country-adjusted, floor and cap), the remainder on the last. */
    public static List<Long> amounts(StipendAgreement agreement, StipendPlan plan, List<Installment> installments, Payee payee) {
        long total = Money.adjust(agreement.amountMinor, plan.countryPercents, payee == null ? null : payee.country,
                plan.floorMinor, plan.capMinor);
        return Money.split(total, installments.stream().map(i -> i.percent).toList());
    }

    private Scheduling() {
    }
}
