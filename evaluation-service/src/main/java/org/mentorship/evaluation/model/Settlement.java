package org.mentorship.evaluation.model;

/**
 * What an early end does to the stipend (MentorshipTerminated.settlement): every unpaid installment is cancelled
 * (CANCEL_UNPAID, the default), or the installment one evaluation earned is still paid and the rest cancelled
 * (PAY_EARNED, "terminate and pay the earned installment").
 */
public enum Settlement {
    CANCEL_UNPAID,
    PAY_EARNED
}
