package org.mentorship.stipend.repository;

import io.quarkus.panache.common.Parameters;
import java.util.Objects;
import java.util.Set;
import org.mentorship.stipend.model.PaymentStatus;

/**
 * The filters of the payments list (the queue), one object for every reader of it: the JSON pages and the CSV export
 * select exactly the same payments, in the same order (oldest scheduled first, then by id). {@code organizations}:
 * the payments of those organisations' agreements only (null: every payment).
 */
public record PaymentQuery(PaymentStatus status, Set<String> organizations) {

    public PaymentQuery {
        Objects.requireNonNull(status, "status");
        organizations = organizations == null ? null : Set.copyOf(organizations);
    }

    public PaymentQuery(PaymentStatus status) {
        this(status, null);
    }

    String where() {
        if (organizations == null) {
            return "status = :status";
        }
        if (organizations.isEmpty()) {
            return "status = :status and 1 = 0";
        }
        return "status = :status and mentorshipId in "
                + "(select a.mentorshipId from StipendAgreement a where a.organization in :orgs)";
    }

    Parameters parameters() {
        Parameters parameters = Parameters.with("status", status);
        return organizations == null || organizations.isEmpty() ? parameters : parameters.and("orgs", organizations);
    }
}
