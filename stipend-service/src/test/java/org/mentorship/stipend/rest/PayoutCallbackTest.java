package org.mentorship.stipend.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.service.PayoutCallbacks;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.stipend.support.Webhooks;

/**
 * The payout provider's callback in the Standard Webhooks shape: signed over id.timestamp.body with the bytes the
 * secret encodes, refused when stale or from the future, applied once per webhook-id.
 */
@QuarkusTest
class PayoutCallbackTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void theSignerHereReproducesTheStandardWebhooksSpecExample() {
        // The example of the Standard Webhooks specification and of the OpenAPI description.
        assertThat(Webhooks.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L,
                        "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(
                        Webhooks.sign(
                                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                                "msg_2mN7bXkQ4yVd",
                                1777370400L,
                                "{\"endToEndId\":\"7d3e2f1a0b9c4d8ea7f65e4d3c2b1a09-1\",\"outcome\":\"PAID\",\"reference\":\"PSP-2026-000123\"}"))
                .isEqualTo("v1,5mImYBrNqddP+m25KZiJIzHxDsR5rEza1neJu1jE7qQ=");
    }

    @Test
    void aSignedPaidReportPaysOnceAndItsReplayChangesNothing() {
        Mentorship m = exported();
        String id = fixture.paymentId(m.id(), 1);
        String body = Webhooks.paid(Webhooks.endToEnd(id, 1), "PSP-77");
        String webhookId = Webhooks.newId();

        Webhooks.send(webhookId, body)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("PAID"))
                .body("providerReference", equalTo("PSP-77"))
                .body("paidAfterRecall", equalTo(false));
        List<Map<String, Object>> ledger = fixture.ledger(m.id());
        long paidEvents = db.count(
                "select count(*) from outbox_event where type = 'StipendPaid' and aggregateid = ?1", m.id().toString());

        Webhooks.send(webhookId, body)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("status", equalTo("PAID"));
        Webhooks.send(body).then().statusCode(200).body("status", equalTo("PAID"));

        assertThat(fixture.ledger(m.id())).isEqualTo(ledger);
        assertThat(ledger).extracting(e -> e.get("to")).containsExactly("SCHEDULED", "APPROVED", "EXPORTED", "PAID");
        assertThat(ledger.get(3).get("actor")).isEqualTo(PayoutCallbacks.ACTOR);
        assertThat(db.count(
                        "select count(*) from outbox_event where type = 'StipendPaid' and aggregateid = ?1",
                        m.id().toString()))
                .isEqualTo(paidEvents)
                .isEqualTo(1);
        assertThat(db.count("select count(*) from payout_callback where webhook_id = ?1", webhookId))
                .isEqualTo(1);
    }

    @Test
    void aSignedFailedReportFailsThePayment() {
        Mentorship m = exported();
        String id = fixture.paymentId(m.id(), 1);

        Webhooks.send(Webhooks.failed(Webhooks.endToEnd(id, 1), "IBAN closed"))
                .then()
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failureReason", equalTo("IBAN closed"));
    }

    @Test
    void staleAndFutureTimestampsAre401AndChangeNothing() {
        Mentorship m = exported();
        String id = fixture.paymentId(m.id(), 1);
        String body = Webhooks.paid(Webhooks.endToEnd(id, 1), "PSP-1");
        String webhookId = Webhooks.newId();
        long now = Instant.now().getEpochSecond();

        for (long at : new long[] {now - 6 * 60, now + 6 * 60}) {
            Webhooks.send(webhookId, at, Webhooks.sign(Webhooks.SECRET, webhookId, at, body), body)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://mentorship.example.org/problems/stale-callback"));
        }

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("EXPORTED");
        assertThat(db.count("select count(*) from payout_callback where webhook_id = ?1", webhookId))
                .isZero();
        Webhooks.send(webhookId, now - 4 * 60, Webhooks.sign(Webhooks.SECRET, webhookId, now - 4 * 60, body), body)
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"));
    }

    @Test
    void aBadMissingOrTextKeyedSignatureIs401AndChangesNothing() {
        Mentorship m = exported();
        String id = fixture.paymentId(m.id(), 1);
        String body = Webhooks.paid(Webhooks.endToEnd(id, 1), "PSP-1");
        String tampered = body.replace("PSP-1", "PSP-2");
        String webhookId = Webhooks.newId();
        long now = Instant.now().getEpochSecond();
        String good = Webhooks.sign(Webhooks.SECRET, webhookId, now, body);
        // What signing used to be: the secret's text itself as the HMAC key.
        String textKeyed = Webhooks.sign(Webhooks.SECRET.getBytes(StandardCharsets.UTF_8), webhookId, now, body);

        for (String[] bad : new String[][] {
            {webhookId, good, tampered},
            {webhookId, null, body},
            {null, good, body},
            {webhookId, "v1,AAAA", body},
            {webhookId, textKeyed, body},
            {"msg_other", good, body},
            {webhookId, good.replace("v1,", "v2,"), body}
        }) {
            Webhooks.send(bad[0], now, bad[1], bad[2])
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://mentorship.example.org/problems/bad-signature"));
        }
        Webhooks.send(webhookId, now + 1, good, body).then().statusCode(401);

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("EXPORTED");
        assertThat(fixture.ledger(m.id())).hasSize(3);
    }

    @Test
    void duringASecretRotationOneOfSeveralSignaturesMatching() {
        Mentorship m = exported();
        String body = Webhooks.paid(Webhooks.endToEnd(fixture.paymentId(m.id(), 1), 1), "PSP-3");
        String webhookId = Webhooks.newId();
        long now = Instant.now().getEpochSecond();
        String oldSecret = Webhooks.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", webhookId, now, body);

        Webhooks.send(webhookId, now, oldSecret + " " + Webhooks.sign(Webhooks.SECRET, webhookId, now, body), body)
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"));
    }

    @Test
    void aReportThatIsNotOneIs400Or404AndChangesNothing() {
        Mentorship m = exported();
        String id = fixture.paymentId(m.id(), 1);
        String webhookId = Webhooks.newId();

        Webhooks.send(webhookId, Webhooks.paid(Webhooks.endToEnd(id, 7), "PSP-1"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Webhooks.send(webhookId, "{\"endToEndId\":").then().statusCode(400).contentType("application/problem+json");
        Webhooks.send(
                        webhookId,
                        "{\"endToEndId\":\"" + Webhooks.endToEnd(id, 1)
                                + "\",\"outcome\":\"PAID\",\"reference\":\"R\",\"amountMinor\":1}")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://mentorship.example.org/problems/unknown-field"));
        Webhooks.send(webhookId, "{\"endToEndId\":\"" + Webhooks.endToEnd(id, 1) + "\",\"outcome\":\"PAID\"}")
                .then()
                .statusCode(400);
        Webhooks.send(webhookId, "{\"endToEndId\":\"" + Webhooks.endToEnd(id, 1) + "\",\"outcome\":\"LOST\"}")
                .then()
                .statusCode(400);
        Webhooks.send(webhookId, "{\"outcome\":\"FAILED\"}").then().statusCode(400);

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("EXPORTED");
        assertThat(fixture.ledger(m.id())).hasSize(3);
        // A refused callback leaves its webhook-id unused: the provider's corrected retry is applied.
        Webhooks.send(webhookId, Webhooks.paid(Webhooks.endToEnd(id, 1), "PSP-1"))
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("PAID"));
    }

    private Mentorship exported() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        StipendFixture.approveAndExport(fixture.paymentId(m.id(), 1));
        return m;
    }
}
