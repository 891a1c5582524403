package org.mentorship.stipend.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One time a payment went out in a payout file. Its EndToEndId (the payment id and the attempt number) names it in
 * the file and in the provider's report, so a late report for an earlier attempt is recorded here and never moves
 * the payment of a later one.
 */
@Entity
@Table(name = "payment_attempt")
@IdClass(PaymentAttempt.Key.class)
public class PaymentAttempt {

    /** Payment id without dashes (32) + "-" + attempt (at most 2 digits): within ISO 20022's 35 characters. */
    public static String endToEndId(UUID paymentId, int attempt) {
        return paymentId.toString().replace("-", "") + "-" + attempt;
    }

    @Id
    @Column(name = "payment_id")
    public UUID paymentId;

    @Id
    public int attempt;

    @Column(name = "end_to_end_id", nullable = false)
    public String endToEndId;

    @Column(name = "export_batch_id", nullable = false)
    public UUID exportBatchId;

    @Column(name = "exported_at", nullable = false)
    public Instant exportedAt;

    /** PAID or FAILED once the provider (or finance) reported this attempt; the first report is kept. */
    public String outcome;

    @Column(name = "provider_reference")
    public String providerReference;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "reported_at")
    public Instant reportedAt;

    /** Keeps the first report of this attempt; returns false when one was kept already. */
    public boolean report(String outcome, String reference, String reason, Instant at) {
        if (this.outcome != null) {
            return false;
        }
        this.outcome = outcome;
        this.providerReference = reference;
        this.failureReason = reason;
        this.reportedAt = at;
        return true;
    }

    public static class Key implements Serializable {
        public UUID paymentId;
        public int attempt;

        public Key() {}

        public Key(UUID paymentId, int attempt) {
            this.paymentId = paymentId;
            this.attempt = attempt;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attempt == attempt && Objects.equals(k.paymentId, paymentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(paymentId, attempt);
        }
    }
}
