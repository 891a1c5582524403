package org.mentorship.stipend.service;

import java.util.List;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.model.StipendPlan;

/**
 * The program's rules for installments, in one place: which evaluation earns which installment, and how much each
 * installment is. The amounts are worked out once, when the agreement is made, from the plan revision and the country
 * verified at onboarding; nothing the payee edits later goes into them.
 */
public final class InstallmentPolicy {

    /** What a plan gets when finance gives no split: half after evaluation 2, half after the final one. */
    public static List<PlanInstallment> defaultSplit() {
        return List.of(new PlanInstallment(1, 2, 50), new PlanInstallment(2, null, 50));
    }

    /**
     * Whether a pass of evaluation {@code evaluationNumber} earns the installment due after {@code afterEvaluation}
     * (null = the final evaluation, whatever its number).
     */
    public static boolean earns(Integer afterEvaluation, int evaluationNumber, boolean finalEvaluation) {
        return afterEvaluation == null ? finalEvaluation : afterEvaluation == evaluationNumber;
    }

    /**
     * Each installment's amount in the plan's currency, in the plan's order: the country's percent of the plan amount
     * (100 without a verified country or an entry for it), held between floor and cap, split by the installments'
     * percents with the rounding remainder on the last.
     */
    public static List<Long> amounts(StipendPlan plan, String verifiedCountry) {
        long total =
                Money.adjust(plan.amountMinor, plan.countryPercents, verifiedCountry, plan.floorMinor, plan.capMinor);
        return Money.split(total, plan.installments.stream().map(i -> i.percent).toList());
    }

    private InstallmentPolicy() {}
}
