package org.mentorship.stipend.service;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mentorship.stipend.problem.StipendProblems;

/**
 * What a batch of approvals is: 1 to {@link #MAX} payments, each named once (a payment twice in one batch would be
 * approved once and refused once, or, above the dual-approval amount, look like two approvals). Anything else is 422
 * approval-batch-invalid before any payment is touched. Each payment of a valid batch then meets every rule of a
 * single approval ({@link ApprovalPolicy}, {@link SeparationOfDuties}): a batch is no way around one.
 */
public final class BulkApprovalPolicy {

    public static final int MAX = 500;

    /** 422 approval-batch-invalid unless the batch names 1 to 500 payments, each once and none null. */
    public static List<UUID> requireBatch(List<UUID> paymentIds) {
        if (paymentIds == null || paymentIds.isEmpty()) {
            throw StipendProblems.APPROVAL_BATCH_INVALID.with("Name at least one payment in paymentIds");
        }
        if (paymentIds.size() > MAX) {
            throw StipendProblems.APPROVAL_BATCH_INVALID.with(
                    "A batch approves at most " + MAX + " payments; this one names " + paymentIds.size());
        }
        if (paymentIds.stream().anyMatch(Objects::isNull)) {
            throw StipendProblems.APPROVAL_BATCH_INVALID.with("paymentIds has an empty (null) entry");
        }
        Set<UUID> seen = new HashSet<>();
        Set<UUID> twice = new LinkedHashSet<>();
        paymentIds.forEach(id -> {
            if (!seen.add(id)) {
                twice.add(id);
            }
        });
        if (!twice.isEmpty()) {
            throw StipendProblems.APPROVAL_BATCH_INVALID.with("Name each payment once; named more than once: "
                    + String.join(", ", twice.stream().map(UUID::toString).toList()));
        }
        return List.copyOf(paymentIds);
    }

    private BulkApprovalPolicy() {}
}
