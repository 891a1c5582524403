package org.mentorship.stipend.repository;

import io.quarkus.panache.common.Parameters;
import java.util.Objects;
import org.mentorship.stipend.model.PaymentStatus;

/**
 * The filters of the payments list (the queue), one object for every reader of it: the JSON pages and the CSV export
 * select exactly the same payments, in the same order (oldest scheduled first, then by id).
 */
public record PaymentQuery(PaymentStatus status) {

    public PaymentQuery {
        Objects.requireNonNull(status, "status");
    }

    String where() {
        return "status = :status";
    }

    Parameters parameters() {
        return Parameters.with("status", status);
    }
}
