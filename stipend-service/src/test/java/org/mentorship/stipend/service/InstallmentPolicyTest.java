package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.model.StipendPlan;

/** The stage 5 installment rules on their own: the split, which evaluation earns what, when it pays out, amounts. */
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
    void withoutASplitOfItsOwnAPlanPaysHalfAfterTheSecondAndHalfAfterTheFinalEvaluation() {
        assertThat(InstallmentPolicy.defaultSplit())
                .extracting(s -> s.number, s -> s.afterEvaluation, s -> s.percent)
                .containsExactly(tuple(1, 2, 50), tuple(2, null, 50));
    }

    @Test
    void theFinalEvaluationIsTheMentorshipsLastWhateverItsCount() {
        assertThat(InstallmentPolicy.evaluationFor(null, 3)).isEqualTo(3);
        assertThat(InstallmentPolicy.evaluationFor(null, 4)).isEqualTo(4);
        assertThat(InstallmentPolicy.evaluationFor(2, 4)).isEqualTo(2);
    }

    @Test
    void anEarnedInstallmentPaysOutOnlyWhileTheAgreementIsActiveAndNoEvaluationFailed() {
        assertThat(InstallmentPolicy.paysOut(true, false)).isTrue();
        assertThat(InstallmentPolicy.paysOut(true, true)).isFalse(); // a fail ends it
        assertThat(InstallmentPolicy.paysOut(false, false)).isFalse(); // terminated
    }

    @Test
    void aSplitIsNumberedInOrderFollowsIncreasingEvaluationsAndAddsUpToOneHundred() {
        assertThat(InstallmentPolicy.splitRefusal(InstallmentPolicy.defaultSplit()))
                .isEmpty();
        assertThat(InstallmentPolicy.splitRefusal(List.of(share(1, 1, 33), share(2, 2, 33), share(3, null, 34))))
                .isEmpty();
        assertThat(InstallmentPolicy.splitRefusal(List.of(share(2, 2, 50), share(1, null, 50))))
                .contains("Installments must be numbered 1, 2, ... in order");
        assertThat(InstallmentPolicy.splitRefusal(List.of(share(1, 3, 50), share(2, 2, 50))))
                .contains("Installments must follow increasing evaluations");
        assertThat(InstallmentPolicy.splitRefusal(List.of(share(1, 2, 50), share(2, null, 40))))
                .contains("The installments' percents add up to 90, not 100");
    }

    @Test
    void onlyTheLastInstallmentMayWaitForTheFinalEvaluation() {
        assertThat(InstallmentPolicy.splitRefusal(List.of(share(1, null, 50), share(2, 3, 50))))
                .contains("Only the last installment can wait for the final evaluation");
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

    private static PlanInstallment share(int number, Integer afterEvaluation, int percent) {
        return new PlanInstallment(number, afterEvaluation, percent);
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
