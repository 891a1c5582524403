package org.mentorship.stipend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/** Nobody approves or pays a stipend to themselves; a large payment takes two different finance users. */
@QuarkusTest
class SeparationOfDutiesTest {

    private static final String PROBLEMS = "https://mentorship.example.org/problems/";
    private final StipendFixture fixture = new StipendFixture();

    @Test
    void financeCannotApproveOrMarkPaidAPaymentToThemselves() {
        Mentorship m = scheduled(300000);
        String id = fixture.paymentId(m.id(), 1);
        // A finance user who is also the mentee of this mentorship (the payee).
        String self = Tokens.of(m.mentee(), "finance", "mentee");

        post(self, id, "approve", Map.of())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "self-dealing"));
        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(fixture.payments(m.id()).getString("[0].approvedBy")).isNull();
        assertThat(fixture.ledger(m.id())).hasSize(1);

        post(StipendFixture.FINANCE, id, "approve", Map.of()).then().statusCode(200);
        post(self, id, "paid", Map.of("providerReference", "PSP-SELF"))
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-dealing"));

        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("APPROVED");
        assertThat(fixture.payments(m.id()).getString("[0].providerReference")).isNull();
        assertThat(fixture.ledger(m.id())).extracting(e -> e.get("to")).containsExactly("SCHEDULED", "APPROVED");
    }

    @Test
    void aPaymentAboveTheDualApprovalAmountNeedsASecondDifferentApprover() {
        // 2,000,000 minor units: installments of 1,000,000, above the default 500,000.
        Mentorship m = scheduled(2000000);
        String id = fixture.paymentId(m.id(), 1);

        post(StipendFixture.FINANCE, id, "approve", Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("firstApprovedBy", equalTo("fiona"))
                .body("approvedBy", nullValue());
        post(StipendFixture.FINANCE, id, "approve", Map.of())
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "second-approver-required"));
        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(fixture.ledger(m.id())).hasSize(2);

        post(Tokens.finance("felix"), id, "approve", Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo("felix"))
                .body("firstApprovedBy", equalTo("fiona"));

        assertThat(fixture.ledger(m.id()))
                .extracting(e -> e.get("to"))
                .containsExactly("SCHEDULED", "SCHEDULED", "APPROVED");
        assertThat(fixture.ledger(m.id()))
                .extracting(e -> e.get("actor"))
                .containsExactly("system:EvaluationPassed", "fiona", "felix");
        assertThat(fixture.ledger(m.id()).get(1).get("reason").toString()).startsWith("First of two approvals");
        // A further approval is the usual 409.
        post(Tokens.finance("frank"), id, "approve", Map.of()).then().statusCode(409);
    }

    @Test
    void aSmallPaymentIsApprovedByOne() {
        Mentorship m = scheduled(300000);
        post(StipendFixture.FINANCE, fixture.paymentId(m.id(), 1), "approve", Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("firstApprovedBy", nullValue());
    }

    private Mentorship scheduled(long planAmount) {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), planAmount, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        fixture.payee(m, "DE");
        fixture.confirmTaxForm(m);
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        return m;
    }

    private static io.restassured.response.Response post(String token, String id, String action, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/payments/" + id + "/" + action);
    }
}
