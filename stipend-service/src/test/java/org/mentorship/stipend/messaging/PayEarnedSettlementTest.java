package org.mentorship.stipend.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.DomainEvent;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/**
 * MentorshipTerminated with settlement PAY_EARNED ("terminate and pay the earned installment"): the installment of the
 * named evaluation is paid once, through the usual approval, every other unpaid one is cancelled, whatever is
 * redelivered or reordered; CANCEL_UNPAID cancels every unpaid installment as before.
 */
@QuarkusTest
class PayEarnedSettlementTest {

    private static final String SCHEDULED_EVENTS =
            "select count(*) from outbox_event where type = 'StipendPaymentScheduled' and aggregateid = ?1";

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void cancelUnpaidStillCancelsEveryUnpaidInstallment() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);

        deliver(new MentorshipTerminated(m.id(), m.mentee(), "Left the program", Instant.now()));

        fixture.awaitStatuses(m.id(), "CANCELLED");
        assertThat(fixture.agreement(m).getList("installments.status", String.class))
                .containsExactly("CANCELLED", "CANCELLED");
    }

    @Test
    void payEarnedKeepsThePaymentItsPassScheduledOnceAndCancelsTheRest() {
        Mentorship m = fixture.eligible();
        var pass = StipendFixture.pass(m.id(), 2, 3);
        fixture.publish(pass, UUID.randomUUID(), StipendFixture.EVALUATIONS);
        fixture.awaitPayments(m.id(), 1);

        MentorshipTerminated terminated = payEarned(m, 2);
        deliver(terminated);
        // Redelivered under new ids (a replay, a second relay): nothing more.
        deliver(terminated);
        deliver(pass);

        assertThat(fixture.agreement(m).getList("installments.status", String.class))
                .containsExactly("SCHEDULED", "CANCELLED");
        assertThat(db.count(SCHEDULED_EVENTS, m.id().toString())).isEqualTo(1);
        assertThat(fixture.ledger(m.id())).hasSize(1);
        StipendFixture.approve(fixture.paymentId(m.id(), 1)); // the usual approval path
        fixture.awaitStatuses(m.id(), "APPROVED");
    }

    /** The review's TERMINATE_AND_PAY: EvaluationFailed first cancels all, then the settlement pays evaluation 3's. */
    @Test
    void terminateAndPayAfterTheFailPaysTheFailedEvaluationsInstallmentOnce() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        var fail = StipendFixture.fail(m.id(), 3, 3);
        fixture.publish(fail, UUID.randomUUID(), StipendFixture.EVALUATIONS);
        MentorshipTerminated terminated = payEarned(m, 3);
        deliver(terminated);

        fixture.awaitStatuses(m.id(), "CANCELLED", "SCHEDULED");
        JsonPath payments = fixture.payments(m.id());
        assertThat(payments.getLong("[1].amountMinor")).isEqualTo(150000);
        assertThat(payments.getString("[1].evaluationId")).isNull();

        // The fail and the termination again, reordered and under new ids: still one payment for installment 2.
        deliver(terminated);
        deliver(fail);
        fixture.awaitStatuses(m.id(), "CANCELLED", "SCHEDULED");
        assertThat(fixture.agreement(m).getList("installments.status", String.class))
                .containsExactly("CANCELLED", "SCHEDULED");
        assertThat(db.count(SCHEDULED_EVENTS, m.id().toString())).isEqualTo(2); // installment 1's, then 2's
        assertThat(db.count("select count(*) from payment_ledger where mentorship_id = ?1 and installment = 2", m.id()))
                .isEqualTo(1);
    }

    @Test
    void aTerminationBeforeItsPassSchedulesOnceAndTheLatePassAddsNothing() {
        Mentorship m = fixture.eligible();
        deliver(payEarned(m, 2));
        fixture.awaitStatuses(m.id(), "SCHEDULED");

        deliver(StipendFixture.pass(m.id(), 2, 3));
        deliver(StipendFixture.pass(m.id(), 3, 3));

        assertThat(fixture.payments(m.id()).getList("installment", Integer.class))
                .containsExactly(1);
        assertThat(fixture.agreement(m).getList("installments.status", String.class))
                .containsExactly("SCHEDULED", "CANCELLED");
        assertThat(db.count(SCHEDULED_EVENTS, m.id().toString())).isEqualTo(1);
    }

    @Test
    void aTerminationBeforeTheOnboardingWaitsForTheAgreementAndThePayee() {
        Mentorship m = fixture.fresh();
        deliver(payEarned(m, 2));
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count(
                                "select count(*) from pending_event where mentorship_id = ?1 and waiting_for = 'PAYEE'",
                                m.id())
                        == 1);
        assertThat(fixture.payments(m.id()).getList("$")).isEmpty();

        fixture.payee(m, "DE");

        assertThat(fixture.payments(m.id()).getList("installment", Integer.class))
                .containsExactly(1);
        assertThat(fixture.agreement(m).getString("status")).isEqualTo("ENDED");
    }

    @Test
    void anEvaluationWithoutAnInstallmentPaysNothingAndTheHistorySaysSo() {
        Mentorship m = fixture.eligible();

        deliver(payEarned(m, 1)); // the default split pays after evaluations 2 and 3 only

        assertThat(fixture.agreement(m).getList("installments.status", String.class))
                .containsExactly("CANCELLED", "CANCELLED");
        assertThat(fixture.payments(m.id()).getList("$")).isEmpty();
        List<String> history = io.restassured.RestAssured.given()
                .auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/stipends/" + m.id() + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("reason", String.class);
        assertThat(history).anyMatch(r -> r.contains("evaluation 1 carries no installment"));
    }

    private static MentorshipTerminated payEarned(Mentorship m, int evaluation) {
        return new MentorshipTerminated(
                m.id(), m.mentee(), "Moved abroad", Instant.now(), MentorshipTerminated.PAY_EARNED, evaluation);
    }

    /** Publishes under a new event id and waits until the consumer recorded it (its effect is committed then). */
    private void deliver(DomainEvent event) {
        UUID id = UUID.randomUUID();
        fixture.publish(event, id, StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from inbox_message where event_id = ?1", id) == 1);
    }
}
