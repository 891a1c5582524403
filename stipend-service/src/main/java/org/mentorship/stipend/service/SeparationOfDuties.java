package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.mentorship.stipend.config.StipendConfig;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.problem.StipendProblems;

/**
 * Separation of duties for money: nobody approves, exports, pays, fails, retries or confirms anything for a stipend
 * they are the payee of, whatever roles their token holds (the platform's one rule,
 * {@link org.mentorship.platform.security.SeparationOfDuties}); and a payment above the dual-approval amount needs two
 * different finance users. Every path that moves money calls these checks (approve, paid, failed, retry, tax form,
 * country; export).
 */
@ApplicationScoped
public class SeparationOfDuties {

    private final StipendConfig config;

    SeparationOfDuties(StipendConfig config) {
        this.config = config;
    }

    /** 403 self-dealing when the caller is the mentee of the agreement (the payee of its payments). */
    public void refuseSelfDealing(String caller, StipendAgreement agreement, String action) {
        refuseSelfDealing(caller, agreement.menteeId, action);
    }

    /** 403 self-dealing when the caller is the mentee (the payee) concerned. */
    public void refuseSelfDealing(String caller, String menteeId, String action) {
        org.mentorship.platform.security.SeparationOfDuties.requireNotSelf(caller, menteeId, action);
    }

    /** Whether approving this payment takes two different finance users. */
    public boolean needsSecondApproval(Payment payment) {
        return payment.amountMinor > config.dualApprovalAboveMinor();
    }

    /** 403 second-approver-required when the second approval would come from the first approver. */
    public void refuseSameApprover(String caller, Payment payment) {
        if (caller.equals(payment.firstApprovedBy)) {
            throw StipendProblems.SECOND_APPROVER_REQUIRED.with(
                    "Payment " + payment.id + " is above " + config.dualApprovalAboveMinor()
                            + " minor units and was first"
                            + " approved by you; another finance user must give the second approval");
        }
    }
}
