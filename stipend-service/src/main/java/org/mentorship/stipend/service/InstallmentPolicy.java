package org.mentorship.stipend.service;

import java.util.List;
import java.util.Optional;
import org.mentorship.stipend.model.PlanInstallment;
import org.mentorship.stipend.model.StipendPlan;

/**
 * The rules of stage 5 for installments, in one place:
 * <ol>
 * <li>a plan without a split of its own pays half after evaluation 2 and half after the final evaluation;</li>
 * <li>a split is numbered 1, 2, ... in order, follows increasing evaluations, only its last installment may wait for
 * the final evaluation (whatever its number), and its percents add up to 100;</li>
 * <li>an installment is earned by a pass of the evaluation it waits for (the final one: the pass that says it is
 * final);</li>
 * <li>an earned installment is paid only while the agreement is active and no evaluation of the mentorship failed
 * (a fail or a termination ends it);</li>
 * <li>the amounts are worked out once, when the agreement is made, from the plan revision and the country verified
 * at onboarding; nothing the payee edits later goes into them.</li>
 * </ol>
 * When an installment is expected is not a rule of this service: it is the due date of its evaluation, as
 * evaluation-service's schedule says (MentorshipStarted, moved by MentorshipExtended).
 */
public final class InstallmentPolicy {

    /** What a plan gets when finance gives no split: half after evaluation 2, half after the final one. */
    public static List<PlanInstallment> defaultSplit() {
        return List.of(new PlanInstallment(1, 2, 50), new PlanInstallment(2, null, 50));
    }

    /** Why finance's split is refused, or empty when it is a split the program pays. */
    public static Optional<String> splitRefusal(List<PlanInstallment> shares) {
        int total = 0;
        int previous = 0;
        for (int i = 0; i < shares.size(); i++) {
            PlanInstallment share = shares.get(i);
            if (share.number != i + 1) {
                return Optional.of("Installments must be numbered 1, 2, ... in order");
            }
            boolean last = i == shares.size() - 1;
            if (share.afterEvaluation == null && !last) {
                return Optional.of("Only the last installment can wait for the final evaluation");
            }
            if (share.afterEvaluation != null && share.afterEvaluation <= previous) {
                return Optional.of("Installments must follow increasing evaluations");
            }
            previous = share.afterEvaluation == null ? previous : share.afterEvaluation;
            total += share.percent;
        }
        return total == 100
                ? Optional.empty()
                : Optional.of("The installments' percents add up to " + total + ", not 100");
    }

    /**
     * Whether a pass of evaluation {@code evaluationNumber} earns the installment due after {@code afterEvaluation}
     * (null = the final evaluation, whatever its number).
     */
    public static boolean earns(Integer afterEvaluation, int evaluationNumber, boolean finalEvaluation) {
        return afterEvaluation == null ? finalEvaluation : afterEvaluation == evaluationNumber;
    }

    /** The number of the evaluation an installment waits for, the final one resolved to the mentorship's count. */
    public static int evaluationFor(Integer afterEvaluation, int evaluationCount) {
        return afterEvaluation == null ? evaluationCount : afterEvaluation;
    }

    /** Whether an earned installment is paid: not once the agreement ended, nor after any failed evaluation. */
    public static boolean paysOut(boolean agreementActive, boolean anyEvaluationFailed) {
        return agreementActive && !anyEvaluationFailed;
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
