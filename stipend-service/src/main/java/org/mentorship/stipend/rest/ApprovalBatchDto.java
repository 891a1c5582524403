package org.mentorship.stipend.rest;

import java.util.List;
import org.mentorship.stipend.service.BulkApprovals;

/**
 * The answer to a batch of approvals: per payment, in the batch's order, APPROVED, FIRST_APPROVAL (above the
 * dual-approval amount: a second finance user approves it), REFUSED (with the problem the single approval would have
 * answered) or NOT_FOUND; and how many of each.
 */
public record ApprovalBatchDto(
        int approved, int firstApprovals, int refused, int notFound, List<BulkApprovals.Outcome> items) {

    static ApprovalBatchDto of(List<BulkApprovals.Outcome> items) {
        return new ApprovalBatchDto(
                count(items, BulkApprovals.Result.APPROVED),
                count(items, BulkApprovals.Result.FIRST_APPROVAL),
                count(items, BulkApprovals.Result.REFUSED),
                count(items, BulkApprovals.Result.NOT_FOUND),
                items);
    }

    private static int count(List<BulkApprovals.Outcome> items, BulkApprovals.Result result) {
        return (int) items.stream().filter(i -> i.result() == result).count();
    }
}
