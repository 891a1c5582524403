package org.mentorship.stipend.rest;

import java.util.Set;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;

/**
 * Which organisations' stipends a list, export or statistics reads: every one for finance and coordinators (or the one
 * asked for), an org-admin's own (or one of them). An org-admin asking for another organisation is told it does not
 * exist (404), as for one of its stipends; agreements without an organisation (made before it was kept) are in no
 * org-admin's scope.
 */
final class OrganizationScope {

    private OrganizationScope() {}

    /** Null: every organisation (and agreements without one). */
    static Set<String> of(Caller caller, String organization) {
        if (seesEveryOrganization(caller)) {
            return organization == null ? null : Set.of(organization);
        }
        Set<String> own = caller.organizations();
        if (organization == null) {
            return own;
        }
        if (!own.contains(organization)) {
            throw ProblemException.notFound("Organization", organization);
        }
        return Set.of(organization);
    }

    /** Finance and coordinators see every organisation's stipends and the payee data of payments. */
    static boolean seesEveryOrganization(Caller caller) {
        return caller.isAny(Roles.FINANCE, Roles.COORDINATOR);
    }
}
