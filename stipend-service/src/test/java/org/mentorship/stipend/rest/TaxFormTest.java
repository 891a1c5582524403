package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/** The tax form counts as received when the program confirms it (HR step or finance), never when the payee says so. */
@QuarkusTest
class TaxFormTest {

    private static final String PROBLEMS = "https://mentorship.example.org/problems/";
    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void aPayeeBodyWithATaxFormFieldIsRefusedAndChangesNothing() {
        Mentorship m = onboardedWithPayee();
        String before = db.column("select updated_at::text from payee where mentee_id = ?1", m.mentee())
                .get(0)
                .toString();

        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        "Ana Okafor",
                        "account",
                        StipendFixture.IBAN,
                        "country",
                        "DE",
                        "taxFormReceived",
                        true))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unknown-field"));

        assertThat(db.column("select updated_at::text from payee where mentee_id = ?1", m.mentee())
                        .get(0))
                .hasToString(before);
        assertThat(db.count("select count(*) from tax_form where mentee_id = ?1", m.mentee()))
                .isZero();
        given().auth()
                .oauth2(m.token())
                .get("/api/v1/payees/me")
                .then()
                .statusCode(200)
                .body("taxFormReceived", equalTo(false));
    }

    @Test
    void approvalWaitsForTheTaxFormHrStepCheckedAfterTheOnboarding() {
        Mentorship m = onboardedWithPayee();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);

        approve(id).then().statusCode(422).body("type", equalTo(PROBLEMS + "tax-form-missing"));
        assertThat(fixture.payments(m.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(fixture.ledger(m.id())).hasSize(1);

        fixture.publish(StipendFixture.taxFormStep(m), UUID.randomUUID(), StipendFixture.APPLICATIONS);

        await().atMost(Duration.ofSeconds(20)).until(() -> approve(id).statusCode() == 200);
        assertThat(fixture.ledger(m.id()).get(1).get("reason").toString())
                .contains("tax form confirmed by cora (HR_STEP)");
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payees/" + m.mentee())
                .then()
                .statusCode(200)
                .body("taxFormReceived", equalTo(true))
                .body("taxFormConfirmedBy", equalTo("cora"))
                .body("taxFormSource", equalTo("HR_STEP"));
    }

    @Test
    void aTaxFormHrStepCheckedBeforeTheOnboardingCountsToo() {
        Mentorship m = fixture.fresh();
        fixture.publish(StipendFixture.taxFormStep(m), UUID.randomUUID(), StipendFixture.APPLICATIONS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count("select count(*) from tax_form where mentee_id = ?1", m.mentee()) == 1);
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        fixture.payee(m, "DE");
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);

        approve(fixture.paymentId(m.id(), 1)).then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void financeConfirmsOnceAndTheFirstConfirmationIsKept() {
        Mentorship m = onboardedWithPayee();
        String tax = "/api/v1/payees/" + m.mentee() + "/tax-form";
        // Refused: the mentee herself, finance for their own tax form, a mentee without an agreement.
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body("{}")
                .post(tax)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.finance(m.mentee()))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(tax)
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-dealing"));
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payees/nobody-" + UUID.randomUUID() + "/tax-form")
                .then()
                .statusCode(404);
        assertThat(db.count("select count(*) from tax_form where mentee_id = ?1", m.mentee()))
                .isZero();

        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body(Map.of("note", "Received by post"))
                .post(tax)
                .then()
                .statusCode(200)
                .body("confirmedBy", equalTo("fiona"))
                .body("source", equalTo("FINANCE"))
                .body("reference", equalTo("Received by post"));
        given().auth()
                .oauth2(Tokens.finance("felix"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(tax)
                .then()
                .statusCode(200)
                .body("confirmedBy", equalTo("fiona"));
        fixture.publish(StipendFixture.taxFormStep(m), UUID.randomUUID(), StipendFixture.APPLICATIONS);

        given().auth()
                .oauth2(m.token())
                .get("/api/v1/payees/me")
                .then()
                .statusCode(200)
                .body("taxFormReceived", equalTo(true))
                .body("taxFormConfirmedBy", equalTo("fiona"));
        assertThat(db.count("select count(*) from tax_form where mentee_id = ?1", m.mentee()))
                .isEqualTo(1);
    }

    private Mentorship onboardedWithPayee() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 300000, "EUR");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        fixture.payee(m, "DE");
        return m;
    }

    private static io.restassured.response.Response approve(String id) {
        return given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + id + "/approve");
    }
}
