package org.mentorship.stipend.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.mentorship.platform.problem.ItemFailures;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.Problem;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;

/**
 * Finance approves many payments at once. Each one goes through {@link PaymentService#approve} (the single approval's
 * path, every check of it: state, separation of duties, tax form, payout details, two approvers above the amount) in a
 * transaction of its own: a refused payment rolls back only itself and the others stay approved. The answer says, per
 * payment, what happened, in the order the batch named them.
 */
@ApplicationScoped
public class BulkApprovals {

    /** What happened to one payment of the batch. */
    public enum Result {
        /** Now APPROVED: it goes into the next payout file. */
        APPROVED,
        /** Above the dual-approval amount: this was the first approval, it stays SCHEDULED for a second approver. */
        FIRST_APPROVAL,
        /** A rule refused it (the problem says which); nothing of it changed. */
        REFUSED,
        /** No such payment, answered as the single approval answers 404; nothing changed. */
        NOT_FOUND
    }

    /** One payment's outcome: its status after an approval, or the problem the single approval would have answered. */
    public record Outcome(UUID paymentId, Result result, PaymentStatus status, Problem problem) {}

    private final PaymentService payments;

    BulkApprovals(PaymentService payments) {
        this.payments = payments;
    }

    /** 422 approval-batch-invalid (nothing touched) unless {@link BulkApprovalPolicy} accepts the batch. */
    public List<Outcome> approve(List<UUID> paymentIds, String actor, String note) {
        return BulkApprovalPolicy.requireBatch(paymentIds).stream()
                .map(id -> approveOne(id, actor, note))
                .toList();
    }

    private Outcome approveOne(UUID id, String actor, String note) {
        try {
            // A new transaction even inside an Idempotency-Key's: the key's outcome is the batch's, each approval its
            // own.
            Payment approved = QuarkusTransaction.requiringNew().call(() -> payments.approve(id, actor, note));
            Result result = approved.status == PaymentStatus.APPROVED ? Result.APPROVED : Result.FIRST_APPROVAL;
            return new Outcome(id, result, approved.status, null);
        } catch (RuntimeException e) {
            Problem problem = problem(e, id);
            boolean absent = problem.type().equals(PlatformProblems.NOT_FOUND.type());
            return new Outcome(id, absent ? Result.NOT_FOUND : Result.REFUSED, null, problem);
        }
    }

    /** The problem the single approval would answer for this failure (platform {@link ItemFailures}). */
    private static Problem problem(RuntimeException failure, UUID id) {
        return ItemFailures.problem(failure, "payment " + id, "approval");
    }
}
