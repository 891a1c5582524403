package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.EvaluationOutcomeChanged;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/**
 * A pass reopened and resubmitted as EXTEND or FAIL takes back the installment it earned while finance has not sent
 * it out; a redelivery changes nothing more, and a later pass of the same evaluation earns it again exactly once.
 * "Nothing more happened" is proven by a sentinel: a later event on the same mentorship (same partition) applied.
 */
@QuarkusTest
class PassTakenBackTest {

    private static final String CANCELLED =
            "select count(*) from outbox_event where type = 'StipendCancelled' and aggregateid = ?1";
    private static final String SCHEDULED =
            "select count(*) from outbox_event where type = 'StipendPaymentScheduled' and aggregateid = ?1";

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void anExtensionAfterReopeningCancelsTheScheduledInstallmentOnceAndALaterPassEarnsItAgainOnce() {
        Mentorship m = fixture.eligible();
        EvaluationPassed pass = StipendFixture.pass(m.id(), 2, 3);
        fixture.publish(pass, UUID.randomUUID(), StipendFixture.EVALUATIONS);
        fixture.awaitPayments(m.id(), 1);
        String payment = fixture.paymentId(m.id(), 1);

        UUID changeId = UUID.randomUUID();
        EvaluationOutcomeChanged extended = changed(pass, "EXTEND");
        fixture.publish(extended, changeId, StipendFixture.EVALUATIONS);
        fixture.awaitStatuses(m.id(), "CANCELLED");
        fixture.publish(extended, changeId, StipendFixture.EVALUATIONS); // redelivered
        appliedAfter(m, changed(pass, "EXTEND")); // the same fact under a new id, then a sentinel

        assertThat(fixture.paymentId(m.id(), 1)).isEqualTo(payment);
        assertThat(db.count(CANCELLED, m.id().toString())).isEqualTo(1);
        List<Object> cancelled = db.column(
                "select payload::text from outbox_event where type = 'StipendCancelled' and aggregateid = ?1",
                m.id().toString());
        EventSchemas.validate("StipendCancelled", (String) cancelled.get(0));
        assertThat((String) cancelled.get(0)).contains(payment, "reopened and is now EXTEND");
        assertThat(transitions(m)).containsExactly("null>SCHEDULED", "SCHEDULED>CANCELLED");
        assertThat(fixture.agreement(m).getString("status")).isEqualTo("ACTIVE");

        // Passed again after the extension: the same payment is scheduled again, once, whatever is redelivered.
        EvaluationPassed again = new EvaluationPassed(pass.evaluationId(), m.id(), 2, 3, false, Instant.now());
        UUID againId = UUID.randomUUID();
        fixture.publish(again, againId, StipendFixture.EVALUATIONS);
        fixture.awaitStatuses(m.id(), "SCHEDULED");
        fixture.publish(again, againId, StipendFixture.EVALUATIONS);
        appliedAfter(m, new EvaluationPassed(pass.evaluationId(), m.id(), 2, 3, false, Instant.now()));

        assertThat(fixture.payments(m.id()).getList("id", String.class)).containsExactly(payment);
        assertThat(fixture.payments(m.id()).getList("status", String.class)).containsExactly("SCHEDULED");
        assertThat(db.count(SCHEDULED, m.id().toString())).isEqualTo(2);
        assertThat(transitions(m)).containsExactly("null>SCHEDULED", "SCHEDULED>CANCELLED", "CANCELLED>SCHEDULED");
        PaymentFlowTest.approve(payment).then().statusCode(200);
    }

    @Test
    void anApprovedPaymentIsCancelledAndAPaidOneIsLeftAloneAndFlagged() {
        Mentorship approved = fixture.eligible();
        EvaluationPassed first = StipendFixture.pass(approved.id(), 2, 3);
        fixture.publish(first, UUID.randomUUID(), StipendFixture.EVALUATIONS);
        fixture.awaitPayments(approved.id(), 1);
        PaymentFlowTest.approve(fixture.paymentId(approved.id(), 1)).then().statusCode(200);
        fixture.publish(changed(first, "EXTEND"), UUID.randomUUID(), StipendFixture.EVALUATIONS);
        fixture.awaitStatuses(approved.id(), "CANCELLED");

        Mentorship paid = fixture.eligible();
        EvaluationPassed second = StipendFixture.pass(paid.id(), 2, 3);
        fixture.publish(second, UUID.randomUUID(), StipendFixture.EVALUATIONS);
        fixture.awaitPayments(paid.id(), 1);
        String id = fixture.paymentId(paid.id(), 1);
        StipendFixture.approveAndExport(id); // only a payment in a bank file can be reported paid
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType("application/json")
                .body(Map.of("providerReference", "PSP-7"))
                .post("/api/v1/payments/" + id + "/paid")
                .then()
                .statusCode(200);
        appliedAfter(paid, changed(second, "EXTEND"));

        assertThat(fixture.payments(paid.id()).getList("status", String.class)).containsExactly("PAID");
        assertThat(db.count(CANCELLED, paid.id().toString())).isZero();
        assertThat(fixture.ledger(paid.id())
                        .get(fixture.ledger(paid.id()).size() - 1)
                        .get("reason")
                        .toString())
                .startsWith("Not cancelled, already PAID");
    }

    @Test
    void aFailAfterReopeningCancelsTheInstallmentOnceWithTheRest() {
        Mentorship m = fixture.eligible();
        EvaluationPassed pass = StipendFixture.pass(m.id(), 2, 3);
        fixture.publish(pass, UUID.randomUUID(), StipendFixture.EVALUATIONS);
        fixture.awaitPayments(m.id(), 1);

        fixture.publish(changed(pass, "FAIL"), UUID.randomUUID(), StipendFixture.EVALUATIONS);
        fixture.publish(
                new org.mentorship.contracts.events.EvaluationFailed(
                        pass.evaluationId(), m.id(), 2, 3, false, Instant.now()),
                UUID.randomUUID(),
                StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "ENDED".equals(fixture.agreement(m).getString("status")));

        assertThat(fixture.payments(m.id()).getList("status", String.class)).containsExactly("CANCELLED");
        assertThat(fixture.agreement(m).getList("installments.status", String.class))
                .containsExactly("CANCELLED", "CANCELLED");
        // One StipendCancelled per installment: the paid one by the change, the other by the end of the agreement.
        assertThat(db.count(CANCELLED, m.id().toString())).isEqualTo(2);
    }

    @Test
    void aPassStillWaitingForPayeeDetailsIsDroppedWhenTakenBack() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        EvaluationPassed pass = StipendFixture.pass(m.id(), 2, 3);
        UUID passId = UUID.randomUUID();
        fixture.publish(pass, passId, StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from pending_event where event_id = ?1", passId) == 1);

        appliedAfter(m, changed(pass, "EXTEND"));
        assertThat(db.count("select count(*) from pending_event where event_id = ?1", passId))
                .isZero();
        fixture.payee(m, "DE");
        fixture.passes(m.id(), 3, 3); // the final pass, a sentinel: once its payment is in, any replay is over
        fixture.awaitPayments(m.id(), 1);
        assertThat(fixture.payments(m.id()).getList("installment", Integer.class))
                .containsExactly(2);
    }

    private static EvaluationOutcomeChanged changed(EvaluationPassed pass, String newOutcome) {
        return new EvaluationOutcomeChanged(
                pass.evaluationId(),
                pass.mentorshipId(),
                pass.number(),
                pass.total(),
                pass.finalEvaluation(),
                "PASS",
                newOutcome,
                Instant.now());
    }

    /** Publishes the event and waits until it is applied: everything published before it on this mentorship is too. */
    private void appliedAfter(Mentorship m, org.mentorship.contracts.DomainEvent event) {
        UUID id = UUID.randomUUID();
        fixture.publish(event, id, StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from inbox_message where event_id = ?1", id) == 1);
    }

    private List<String> transitions(Mentorship m) {
        return fixture.ledger(m.id()).stream()
                .filter(e ->
                        !String.valueOf(e.get("from")).equals(String.valueOf(e.get("to"))) || e.get("from") == null)
                .map(e -> e.get("from") + ">" + e.get("to"))
                .toList();
    }
}
