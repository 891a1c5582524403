package org.mentorship.stipend.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.platform.problem.Problem;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.service.BulkApprovals;

/**
 * The answer to a batch of approvals: per payment, in the batch's order, APPROVED, FIRST_APPROVAL (above the
 * dual-approval amount: a second finance user approves it), REFUSED (with the problem the single approval would have
 * answered) or NOT_FOUND; and how many of each.
 */
public record ApprovalBatchDto(int approved, int firstApprovals, int refused, int notFound, List<Item> items) {

    /** One payment's outcome. */
    @Schema(name = "ApprovalBatchItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            UUID paymentId,
            BulkApprovals.Result result,

            @Schema(description = "The payment's status after an approval")
            PaymentStatus status,

            @Schema(description = "REFUSED and NOT_FOUND: what the single approval would have answered")
            Refusal problem) {}

    /**
     * The single approval's problem, without the request's path. Its own record: the platform's Problem scanned as a
     * field would be published again with nullable members, unlike the Problem of every other service.
     */
    @Schema(name = "ApprovalRefusal")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refusal(String type, String title, int status, String detail) {

        static Refusal of(Problem p) {
            return p == null ? null : new Refusal(p.type(), p.title(), p.status(), p.detail());
        }
    }

    static ApprovalBatchDto of(List<BulkApprovals.Outcome> outcomes) {
        List<Item> items = outcomes.stream()
                .map(o -> new Item(o.paymentId(), o.result(), o.status(), Refusal.of(o.problem())))
                .toList();
        return new ApprovalBatchDto(
                count(outcomes, BulkApprovals.Result.APPROVED),
                count(outcomes, BulkApprovals.Result.FIRST_APPROVAL),
                count(outcomes, BulkApprovals.Result.REFUSED),
                count(outcomes, BulkApprovals.Result.NOT_FOUND),
                items);
    }

    private static int count(List<BulkApprovals.Outcome> items, BulkApprovals.Result result) {
        return (int) items.stream().filter(i -> i.result() == result).count();
    }
}
