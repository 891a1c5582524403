package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.mentorship.stipend.service.PayoutCallbacks;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The payout provider's callback: HMAC-SHA256 over the body, idempotent, a bad signature is a 401 problem. */
@QuarkusTest
class PayoutCallbackTest {

    private static final String SECRET = "test-only-payout-callback-secret";
    private final StipendFixture fixture = new StipendFixture();

    @Test
    void aSignedPaidReportMarksThePaymentPaidOnceHoweverOftenItComes() {
        Mentorship m = approved();
        String id = fixture.paymentId(m.id(), 1);
        String body = "{\"paymentId\":\"" + id + "\",\"outcome\":\"PAID\",\"reference\":\"PSP-77\"}";

        callback(body, sign(body)).then().statusCode(200).body("status", equalTo("PAID")).body("providerReference", equalTo("PSP-77"));
        callback(body, sign(body)).then().statusCode(200).body("status", equalTo("PAID"));

        assertThat(fixture.ledger(m.id())).extracting(e -> e.get("to")).containsExactly("SCHEDULED", "APPROVED", "PAID");
        assertThat(fixture.ledger(m.id()).get(2).get("actor")).isEqualTo(PayoutCallbacks.ACTOR);
    }

    @Test
    void aSignedFailedReportMarksThePaymentFailed() {
        Mentorship m = approved();
        String id = fixture.paymentId(m.id(), 1);
        String body = "{\"paymentId\":\"" + id + "\",\"outcome\":\"FAILED\",\"reason\":\"IBAN closed\"}";

        callback(body, sign(body)).then().statusCode(200).body("status", equalTo("FAILED")).body("failureReason", equalTo("IBAN closed"));
    }

    @Test
    void aBadOrMissingSignatureIs401AndChangesNothing() {
        Mentorship m = approved();
        String id = fixture.paymentId(m.id(), 1);
        String body = "{\"paymentId\":\"" + id + "\",\"outcome\":\"PAID\",\"reference\":\"PSP-1\"}";
        String tampered = body.replace("PSP-1", "PSP-2");

        callback(tampered, sign(body)).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/bad-signature"));
        callback(body, null).then().statusCode(401);
        callback(body, "sha256=zz").then().statusCode(401);

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("APPROVED");
    }

    private Mentorship approved() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        given().auth().oauth2(StipendFixture.FINANCE).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/payments/" + fixture.paymentId(m.id(), 1) + "/approve").then().statusCode(200);
        return m;
    }

    private static String sign(String body) {
        return "sha256=" + HexFormat.of().formatHex(PayoutCallbacks.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Response callback(String body, String signature) {
        var request = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header("X-Payout-Signature", signature);
        }
        return request.post("/api/v1/payments/callbacks/payout");
    }
}
