package org.mentorship.stipend.duties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/**
 * Separation of duties after approval (approval and paid: SeparationOfDutiesTest): a finance user who is the payee
 * does not put her own payment in a payout file, record it failed or retry it. Each test is the attack; each answer
 * is 403 self-dealing, and the payment and its ledger read as before.
 */
@QuarkusTest
class SelfDealingSettlementTest {

    private static final String PROBLEMS = "https://mentorship.example.org/problems/";
    private final StipendFixture fixture = new StipendFixture();

    @Test
    void financeDoesNotExportAPayoutFileCarryingHerOwnPayment() {
        Mentorship m = scheduled();
        StipendFixture.approve(fixture.paymentId(m.id(), 1));
        int ledger = fixture.ledger(m.id()).size();

        selfDealing(given().auth().oauth2(self(m)).queryParam("format", "csv").post("/api/v1/payments/export"));

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("APPROVED");
        assertThat(fixture.ledger(m.id())).hasSize(ledger);
    }

    @Test
    void financeDoesNotRecordHerOwnPaymentFailedNorRetryIt() {
        Mentorship m = scheduled();
        String id = fixture.paymentId(m.id(), 1);
        StipendFixture.approveAndExport(id);

        selfDealing(post(self(m), id, "failed", Map.of("reason", "Account closed")));
        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("EXPORTED");

        post(StipendFixture.FINANCE, id, "failed", Map.of("reason", "Account closed"))
                .then()
                .statusCode(200);
        int ledger = fixture.ledger(m.id()).size();
        selfDealing(post(self(m), id, "retry", Map.of()));

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("FAILED");
        assertThat(fixture.ledger(m.id())).hasSize(ledger);
    }

    /** A finance user who is also the mentee of this mentorship (the payee). */
    private static String self(Mentorship m) {
        return Tokens.of(m.mentee(), "finance", "mentee");
    }

    private Mentorship scheduled() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        fixture.payee(m, "DE");
        fixture.confirmTaxForm(m);
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        return m;
    }

    private static Response post(String token, String id, String action, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/payments/" + id + "/" + action);
    }

    private static void selfDealing(Response response) {
        response.then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "self-dealing"));
    }
}
