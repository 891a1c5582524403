package org.mentorship.stipend.rest;

import java.util.UUID;
import java.util.function.Supplier;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;
import org.mentorship.stipend.model.StipendAgreement;

/**
 * Who sees a stipend agreement and its payments: finance, coordinators, its mentee and the org-admins of its
 * organisation (read only); to anyone else it is absent.
 */
final class AgreementAccess {

    private AgreementAccess() {}

    /**
     * 404 not-found for anyone else, also when there is no agreement.
     *
     * @param agreement read only for a caller who is neither finance nor a coordinator
     */
    static void requireSees(Caller caller, UUID mentorshipId, Supplier<StipendAgreement> agreement) {
        ObjectAccess.to(caller, "Stipend agreement", mentorshipId)
                .role(Roles.FINANCE, Roles.COORDINATOR)
                .self(() -> menteeOf(agreement.get()))
                .orgAdmin(() -> agreement.get() == null ? null : agreement.get().organization)
                .require();
    }

    private static String menteeOf(StipendAgreement agreement) {
        return agreement == null ? null : agreement.menteeId;
    }
}
