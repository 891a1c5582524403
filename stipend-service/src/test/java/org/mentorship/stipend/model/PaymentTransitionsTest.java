package org.mentorship.stipend.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** A payment, an installment and an agreement refuse the moves their life does not have, and keep their fields together. */
class PaymentTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void onlyAScheduledPaymentIsApprovedAndItKeepsTheDetailsApproved() {
        Payment p = payment(PaymentStatus.SCHEDULED);
        PayoutDetails details = new PayoutDetails();
        p.approve("fiona", NOW, details);
        assertThat(p.status).isEqualTo(PaymentStatus.APPROVED);
        assertThat(p.approvedBy).isEqualTo("fiona");
        assertThat(p.payout).isSameAs(details);
        assertThatThrownBy(() -> p.approve("felix", NOW, details)).satisfies(e -> slug(e, "payment-not-scheduled"));
        assertThatThrownBy(() -> p.approveFirst("felix", NOW)).satisfies(e -> slug(e, "payment-not-scheduled"));
    }

    @Test
    void paidAgainWithTheSameReferenceChangesNothingAndWithAnotherIsRefused() {
        Payment p = payment(PaymentStatus.EXPORTED);
        assertThat(p.paid("ref-1", NOW)).isTrue();
        assertThat(p.paid("ref-1", NOW.plusSeconds(60))).isFalse();
        assertThat(p.paidAt).isEqualTo(NOW);
        assertThatThrownBy(() -> p.paid("ref-2", NOW)).satisfies(e -> slug(e, "payment-already-paid"));
    }

    @Test
    void onlyAPaymentAFileCarriesIsPaidOrFails() {
        assertThatThrownBy(() -> payment(PaymentStatus.APPROVED).paid("ref", NOW))
                .satisfies(e -> slug(e, "payment-not-exported"));
        assertThatThrownBy(() -> payment(PaymentStatus.SCHEDULED).failed("bounced", NOW))
                .satisfies(e -> slug(e, "payment-not-exported"));
        Payment recalled = payment(PaymentStatus.RECALL_REQUESTED);
        assertThat(recalled.paid("ref", NOW)).isTrue();
        assertThat(recalled.paidAfterRecall).isTrue();
    }

    @Test
    void aRepeatedFailureIsRecognisedAndOnlyAFailedPaymentIsRetried() {
        Payment p = payment(PaymentStatus.EXPORTED);
        p.failed("bounced", NOW);
        assertThat(p.failedAlready("bounced")).isTrue();
        assertThat(p.failedAlready("closed")).isFalse();
        p.retry(NOW);
        assertThat(p.status).isEqualTo(PaymentStatus.APPROVED);
        assertThat(p.attempts).isEqualTo(2);
        assertThatThrownBy(() -> p.retry(NOW)).satisfies(e -> slug(e, "payment-not-failed"));
    }

    @Test
    void aConfirmedRecallCancelsWhatIsNoLongerOwedAndSendsBackForApprovalWhatIs() {
        Payment ended = payment(PaymentStatus.RECALL_REQUESTED);
        ended.recallConfirmed("recalled", false, NOW);
        assertThat(ended.status).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(ended.failureReason).isEqualTo("recalled");

        Payment owed = payment(PaymentStatus.RECALL_REQUESTED);
        owed.approvedBy = "fiona";
        owed.recallConfirmed("recalled", true, NOW);
        assertThat(owed.status).isEqualTo(PaymentStatus.SCHEDULED);
        assertThat(owed.approvedBy).isNull();
        assertThatThrownBy(() -> payment(PaymentStatus.EXPORTED).recallConfirmed("x", true, NOW))
                .satisfies(e -> slug(e, "payment-transition-refused"));
    }

    @Test
    void onlyACancelledPaymentIsEarnedAgainAndFinanceApprovesItAgain() {
        Payment p = payment(PaymentStatus.APPROVED);
        p.approvedBy = "fiona";
        assertThatThrownBy(() -> p.earnedAgain(UUID.randomUUID(), NOW))
                .satisfies(e -> slug(e, "payment-transition-refused"));
        p.cancel(NOW);
        UUID evaluation = UUID.randomUUID();
        p.earnedAgain(evaluation, NOW);
        assertThat(p.status).isEqualTo(PaymentStatus.SCHEDULED);
        assertThat(p.evaluationId).isEqualTo(evaluation);
        assertThat(p.approvedBy).isNull();
    }

    @Test
    void aPaidPaymentKeepsItsDateAndOnlyAScheduledOneIsRepriced() {
        LocalDate date = LocalDate.of(2026, 6, 1);
        assertThatThrownBy(() -> payment(PaymentStatus.PAID).expectOn(date, NOW))
                .satisfies(e -> slug(e, "payment-transition-refused"));
        Payment p = payment(PaymentStatus.SCHEDULED);
        p.expectOn(date, NOW);
        assertThat(p.expectedOn).isEqualTo(date);
        p.approveFirst("fiona", NOW);
        assertThat(p.reprice(90000, NOW)).isEqualTo("fiona");
        assertThat(p.firstApprovedBy).isNull();
        assertThat(p.amountMinor).isEqualTo(90000);
        assertThatThrownBy(() -> payment(PaymentStatus.APPROVED).reprice(1, NOW))
                .satisfies(e -> slug(e, "payment-not-scheduled"));
    }

    @Test
    void anAgreementEndsOnceWithItsFirstReasonAndAnInstallmentIsCancelledOnce() {
        StipendAgreement a = new StipendAgreement();
        a.status = AgreementStatus.ACTIVE;
        a.end("Evaluation 2 failed");
        a.end("Mentorship terminated");
        assertThat(a.active()).isFalse();
        assertThat(a.endedReason).isEqualTo("Evaluation 2 failed");

        Installment i = new Installment();
        i.cancel("ended", NOW);
        i.cancel("again", NOW.plusSeconds(1));
        assertThat(i.cancelReason).isEqualTo("ended");
        assertThat(i.cancelledAt).isEqualTo(NOW);
        assertThatThrownBy(() -> i.expectOn(LocalDate.of(2026, 6, 1))).isInstanceOf(IllegalStateException.class);
    }

    private static Payment payment(PaymentStatus status) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.status = status;
        p.amountMinor = 150000;
        p.currency = "EUR";
        p.attempts = 1;
        return p;
    }

    private static void slug(Throwable e, String slug) {
        assertThat(e).isInstanceOf(ProblemException.class);
        assertThat(((ProblemException) e).slug()).isEqualTo(slug);
    }
}
