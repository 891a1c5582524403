package org.mentorship.stipend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/** SCHEDULED -> APPROVED -> EXPORTED -> PAID, or FAILED -> retried; every change in the ledger, refusals change nothing. */
@QuarkusTest
class PaymentFlowTest {

    private static final String FINANCE = StipendFixture.FINANCE;
    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void approvedThenPaidWithTheProvidersReference() {
        Mentorship m = scheduled();
        String id = fixture.paymentId(m.id(), 1);

        approve(id).then().statusCode(200).body("status", equalTo("APPROVED")).body("approvedBy", equalTo("fiona"));
        post(id, "paid", Map.of("providerReference", "PSP-1"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/payment-not-exported"));
        StipendFixture.exportCsv();
        post(id, "paid", Map.of("providerReference", "PSP-1"))
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"))
                .body("providerReference", equalTo("PSP-1"));

        List<Map<String, Object>> ledger = fixture.ledger(m.id());
        assertThat(ledger).extracting(e -> e.get("to")).containsExactly("SCHEDULED", "APPROVED", "EXPORTED", "PAID");
        assertThat(ledger)
                .extracting(e -> e.get("actor"))
                .containsExactly("system:EvaluationPassed", "fiona", "fiona", "fiona");
        assertThat(ledger)
                .extracting(e -> ((Number) e.get("amountMinor")).longValue())
                .containsOnly(150000L);
        String event = (String) db.column(
                        "select payload::text from outbox_event where type = 'StipendPaid' and aggregateid = ?1",
                        m.id().toString())
                .get(0);
        EventSchemas.validate("StipendPaid", event);
        assertThat(event).contains("PSP-1").contains("\"amountMinor\": 150000");
        // Money leaves the API at the currency's scale, never as a float.
        assertThat(given().auth().oauth2(FINANCE).get("/api/v1/payments/" + id).asString())
                .contains("\"amount\":1500.00");
    }

    @Test
    void aSecondApprovalIsRefusedAndChangesNothing() {
        Mentorship m = scheduled();
        String id = fixture.paymentId(m.id(), 1);
        approve(id).then().statusCode(200);

        approve(id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/payment-not-scheduled"));

        assertThat(fixture.ledger(m.id())).hasSize(2);
    }

    @Test
    void aFailedPaymentCanBeRetriedAndStaysOnePayment() {
        Mentorship m = scheduled();
        String id = fixture.paymentId(m.id(), 1);
        approve(id).then().statusCode(200);
        StipendFixture.exportCsv();

        post(id, "failed", Map.of("reason", "Account closed"))
                .then()
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failureReason", equalTo("Account closed"));
        EventSchemas.validate("StipendPaymentFailed", (String) db.column(
                        "select payload::text from outbox_event where type = 'StipendPaymentFailed' and aggregateid = ?1",
                        m.id().toString())
                .get(0));
        post(id, "retry", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("attempts", equalTo(2));
        assertThat(StipendFixture.exportCsv()).contains(id.replace("-", "") + "-2");
        post(id, "paid", Map.of("providerReference", "PSP-2"))
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"));

        assertThat(fixture.payments(m.id()).getList("$")).hasSize(1);
        assertThat(fixture.ledger(m.id()))
                .extracting(e -> e.get("to"))
                .containsExactly("SCHEDULED", "APPROVED", "EXPORTED", "FAILED", "APPROVED", "EXPORTED", "PAID");
    }

    @Test
    void refusedTransitionsChangeNothing() {
        Mentorship m = scheduled();
        String id = fixture.paymentId(m.id(), 1);

        post(id, "paid", Map.of("providerReference", "PSP-X"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/payment-not-exported"));
        post(id, "retry", null).then().statusCode(409);
        given().auth()
                .oauth2(Tokens.mentee(m.mentee()))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + id + "/approve")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(FINANCE)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", ""))
                .post("/api/v1/payments/" + id + "/failed")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + UUID.randomUUID() + "/approve")
                .then()
                .statusCode(404);

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(fixture.ledger(m.id())).hasSize(1);
    }

    @Test
    void theLedgerIsAppendOnly() {
        Mentorship m = scheduled();
        assertThatThrownBy(() ->
                        db.update("update payment_ledger set reason = 'rewritten' where mentorship_id = ?1", m.id()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> db.update("delete from payment_ledger where mentorship_id = ?1", m.id()))
                .hasStackTraceContaining("append-only");
        assertThat(fixture.ledger(m.id())).hasSize(1);
    }

    private Mentorship scheduled() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        return m;
    }

    static io.restassured.response.Response approve(String id) {
        return given().auth()
                .oauth2(FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + id + "/approve");
    }

    private static io.restassured.response.Response post(String id, String action, Object body) {
        var request = given().auth().oauth2(FINANCE);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/payments/" + id + "/" + action);
    }
}
