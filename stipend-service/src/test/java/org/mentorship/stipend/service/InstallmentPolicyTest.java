package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.model.StipendPlan;

/** The one rule for installments: which evaluation earns one, and what each is worth, fixed from plan and country. */
class InstallmentPolicyTest {

    @Test
    void theSecondEvaluationEarnsTheFirstInstallmentOfTheDefaultSplit() {
        PlanInstallment first = InstallmentPolicy.defaultSplit().get(0);
        assertThat(InstallmentPolicy.earns(first.afterEvaluation, 2, false)).isTrue();
        assertThat(InstallmentPolicy.earns(first.afterEvaluation, 1, false)).isFalse();
        assertThat(InstallmentPolicy.earns(first.afterEvaluation, 3, false)).isFalse();
    }

    @Test
    void theFinalEvaluationEarnsTheLastInstallmentWhateverItsNumber() {
        PlanInstallment last = InstallmentPolicy.defaultSplit().get(1);
        assertThat(InstallmentPolicy.earns(last.afterEvaluation, 3, true)).isTrue();
        assertThat(InstallmentPolicy.earns(last.afterEvaluation, 4, true)).isTrue();
        assertThat(InstallmentPolicy.earns(last.afterEvaluation, 3, false)).isFalse();
    }

    @Test
    void amountsFollowTheVerifiedCountryFloorCapAndSplit() {
        StipendPlan plan = plan(300000, Map.of("IN", 40, "CH", 150), 150000L, 400000L);
        assertThat(InstallmentPolicy.amounts(plan, "IN")).containsExactly(75000L, 75000L); // 120000 -> floor
        assertThat(InstallmentPolicy.amounts(plan, "CH")).containsExactly(200000L, 200000L); // 450000 -> cap
        assertThat(InstallmentPolicy.amounts(plan, "DE")).containsExactly(150000L, 150000L);
        // No verified country: the plan amount as it is.
        assertThat(InstallmentPolicy.amounts(plan, null)).containsExactly(150000L, 150000L);
        StipendPlan odd = plan(100001, Map.of(), null, null);
        assertThat(InstallmentPolicy.amounts(odd, "DE")).containsExactly(50000L, 50001L);
    }

    private static StipendPlan plan(long amount, Map<String, Integer> countries, Long floor, Long cap) {
        StipendPlan plan = new StipendPlan();
        plan.amountMinor = amount;
        plan.currency = "EUR";
        plan.countryPercents = countries;
        plan.floorMinor = floor;
        plan.capMinor = cap;
        plan.installments = List.copyOf(InstallmentPolicy.defaultSplit());
        return plan;
    }
}
