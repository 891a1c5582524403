package org.mentorship.stipend.service;

import org.mentorship.contracts.events.MentorshipTerminated;

/**
 * What a termination does to the stipend (MentorshipTerminated.settlement), in one place:
 * <ol>
 * <li>CANCEL_UNPAID (also when absent, as in events from before settlements): every installment not yet paid is
 * cancelled, as before;</li>
 * <li>PAY_EARNED with evaluation {@code n} ("terminate and pay the earned installment"): the installment that
 * evaluation {@code n} earns (the one after the final evaluation for the last of the schedule) is still paid, through
 * the usual approval; every other unpaid installment is cancelled;</li>
 * <li>the first settlement stays: a redelivered or second termination does not change which evaluation is paid, and
 * whatever ends the agreement later (a fail delivered after the termination) leaves that installment alone;</li>
 * <li>it is paid once: its payment is made through the unique key of one payment per installment; one that exists is
 * kept as it is (a cancelled one is earned again), so a pass of {@code n} delivered before or after pays nothing
 * more;</li>
 * <li>an evaluation {@code n} that earns no installment of the plan pays nothing, and the agreement's history says
 * so.</li>
 * </ol>
 */
public final class SettlementPolicy {

    /** The evaluation whose installment is still paid, or null when every unpaid installment is cancelled. */
    public static Integer earnedEvaluation(MentorshipTerminated terminated) {
        return MentorshipTerminated.PAY_EARNED.equals(terminated.settlement()) ? terminated.earnedEvaluation() : null;
    }

    /** The settlement kept: the first one (rule 3). */
    public static Integer kept(Integer settledBefore, Integer settledNow) {
        return settledBefore != null ? settledBefore : settledNow;
    }

    /**
     * Whether the installment due after {@code afterEvaluation} (null = the final one) is the one the settled
     * evaluation earns, of a mentorship of {@code evaluationCount} evaluations.
     */
    public static boolean paid(Integer afterEvaluation, Integer settledEvaluation, int evaluationCount) {
        return settledEvaluation != null
                && InstallmentPolicy.evaluationFor(afterEvaluation, evaluationCount) == settledEvaluation;
    }

    private SettlementPolicy() {}
}
