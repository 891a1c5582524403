package org.mentorship.stipend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.MentorshipTerminated;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.stipend.support.Webhooks;

/** A payment a bank file carries is never silently cancelled: the end of a mentorship asks for a recall instead. */
@QuarkusTest
class RecallTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void terminationAfterExportRequestsARecallAndALaterPaidReportIsAcceptedAndFlagged() {
        Mentorship m = fixture.eligible();
        String id = exported(m);
        long cancelledBefore = cancelledEvents(m);

        terminate(m);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "RECALL_REQUESTED".equals(fixture.payments(m.id()).getString("[0].status")));
        JsonPath payment = fixture.payments(m.id());
        assertThat(payment.getString("[0].recallReason")).contains("Left the program");
        assertThat(payment.getString("[0].recallRequestedAt")).isNotNull();
        // Finance sees it in its queue, the mentee on her timeline.
        assertThat(given().auth()
                        .oauth2(StipendFixture.FINANCE)
                        .queryParam("status", "RECALL_REQUESTED")
                        .queryParam("size", 100)
                        .get("/api/v1/payments/queue")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .contains(id);
        JsonPath mine = given().auth()
                .oauth2(m.token())
                .get("/api/v1/stipends/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mine.getList("[0].installments.status", String.class))
                .containsExactly("RECALL_REQUESTED", "CANCELLED");
        // Only the installment no file carries is cancelled now; the recalled one when its recall closes.
        assertThat(cancelledEvents(m)).isEqualTo(cancelledBefore + 1);

        Webhooks.send(Webhooks.paid(Webhooks.endToEnd(id, 1), "PSP-LATE"))
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"))
                .body("paidAfterRecall", equalTo(true))
                .body("providerReference", equalTo("PSP-LATE"));

        List<Map<String, Object>> ledger = fixture.ledger(m.id());
        assertThat(ledger)
                .extracting(e -> e.get("to"))
                .containsExactly("SCHEDULED", "APPROVED", "EXPORTED", "RECALL_REQUESTED", "PAID");
        assertThat(ledger.get(4).get("reason").toString()).contains("after a recall was requested");
        EventSchemas.validate("StipendPaid", (String) db.column(
                        "select payload::text from outbox_event where type = 'StipendPaid' and aggregateid = ?1",
                        m.id().toString())
                .get(0));
        assertThat(cancelledEvents(m)).isEqualTo(cancelledBefore + 1);
    }

    @Test
    void aFailedReportClosesTheRecallAsCancelled() {
        Mentorship m = fixture.eligible();
        String id = exported(m);
        terminate(m);
        fixture.awaitStatuses(m.id(), "RECALL_REQUESTED");

        Webhooks.send(Webhooks.failed(Webhooks.endToEnd(id, 1), "Recalled"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        assertThat(fixture.ledger(m.id()))
                .extracting(e -> e.get("to"))
                .containsExactly("SCHEDULED", "APPROVED", "EXPORTED", "RECALL_REQUESTED", "CANCELLED");
        assertThat(fixture.agreement(m).getList("installments.status", String.class))
                .containsExactly("CANCELLED", "CANCELLED");
        List<Object> cancelled = db.column(
                "select payload::text from outbox_event where type = 'StipendCancelled' and aggregateid = ?1"
                        + " order by seq",
                m.id().toString());
        assertThat(cancelled).hasSize(2);
        assertThat((String) cancelled.get(1)).contains(id);
        // Closed: a PAID report for it now contradicts what happened and changes nothing.
        Webhooks.send(Webhooks.paid(Webhooks.endToEnd(id, 1), "PSP-X")).then().statusCode(409);
        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("CANCELLED");
    }

    @Test
    void aPaymentNoFileCarriesIsStillCancelledAndARecalledOneCannotBeCancelledByHand() {
        Mentorship approvedOnly = fixture.eligible();
        fixture.passes(approvedOnly.id(), 2, 3);
        fixture.awaitPayments(approvedOnly.id(), 1);
        StipendFixture.approve(fixture.paymentId(approvedOnly.id(), 1));
        terminate(approvedOnly);
        fixture.awaitStatuses(approvedOnly.id(), "CANCELLED");

        Mentorship m = fixture.eligible();
        String id = exported(m);
        terminate(m);
        fixture.awaitStatuses(m.id(), "RECALL_REQUESTED");
        // A second end (redelivered elsewhere, or a fail after the termination) changes nothing.
        fixture.publish(StipendFixture.fail(m.id(), 3, 3), UUID.randomUUID(), StipendFixture.EVALUATIONS);
        UUID last = UUID.randomUUID();
        fixture.publish(
                new MentorshipTerminated(m.id(), m.mentee(), "Again", Instant.now()), last, StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from inbox_message where event_id = ?1", last) == 1);

        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .post("/api/v1/payments/" + id + "/retry")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + id + "/approve")
                .then()
                .statusCode(409);
        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("RECALL_REQUESTED");
        assertThat(fixture.ledger(m.id()))
                .extracting(e -> e.get("to"))
                .containsExactly("SCHEDULED", "APPROVED", "EXPORTED", "RECALL_REQUESTED");
    }

    private String exported(Mentorship m) {
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);
        StipendFixture.approveAndExport(id);
        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("EXPORTED");
        return id;
    }

    private void terminate(Mentorship m) {
        fixture.publish(
                new MentorshipTerminated(m.id(), m.mentee(), "Left the program", Instant.now()),
                UUID.randomUUID(),
                StipendFixture.EVALUATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "ENDED".equals(fixture.agreement(m).getString("status")));
    }

    private long cancelledEvents(Mentorship m) {
        return db.count(
                "select count(*) from outbox_event where type = 'StipendCancelled' and aggregateid = ?1",
                m.id().toString());
    }
}
