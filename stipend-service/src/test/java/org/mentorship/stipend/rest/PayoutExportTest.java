package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.Pain001Schema;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/**
 * Approved payments leave as one payout file each; the file is CSV (every payout method) or a pain.001.001.09 SEPA
 * credit transfer (bank transfers to an IBAN only), valid against the official ISO 20022 schema.
 */
@QuarkusTest
class PayoutExportTest {

    private static final String GB_IBAN = "GB82WEST12345698765432";

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void csvCarriesEachApprovedPaymentOnceAndMarksTheBatch() {
        String id = approvedPayment().getValue();

        Response csv = export("csv");
        csv.then().statusCode(200).contentType("text/csv");
        String batch = csv.header("X-Export-Batch");
        assertThat(csv.asString())
                .startsWith("payment_id,mentorship_id,installment,")
                .contains(id + ",")
                .contains("," + StipendFixture.IBAN + ",")
                .contains(",1500.00,EUR,");
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payments/" + id)
                .then()
                .statusCode(200)
                .body("exportBatchId", equalTo(batch))
                .body("status", equalTo("EXPORTED"));

        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payments/export/" + batch)
                .then()
                .statusCode(200)
                .body(equalTo(csv.asString()));

        Response again = export("csv");
        assertThat(again.statusCode()).isIn(200, 422);
        assertThat(again.asString()).doesNotContain(id);
    }

    @Test
    void pain001IsValidAgainstTheIsoSchemaAndDownloadsAgainUnchanged() {
        Map.Entry<Mentorship, String> approved = approvedPayment();
        String endToEnd = approved.getValue().replace("-", "") + "-1";

        Response xml = export("pain001");
        xml.then().statusCode(200).contentType("application/xml");
        String file = Pain001Schema.validate(xml.asString());
        assertThat(file)
                .startsWith("<?xml")
                .contains("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"")
                .doesNotContain("AppHdr")
                .contains("<InstrId>" + endToEnd + "</InstrId>")
                .contains("<EndToEndId>" + endToEnd + "</EndToEndId>")
                .contains("<InstdAmt Ccy=\"EUR\">1500.00</InstdAmt>")
                .contains("<IBAN>" + StipendFixture.IBAN + "</IBAN>")
                .contains("<BICFI>COBADEFFXXX</BICFI>")
                .contains("<Nm>Mentorship Program</Nm>")
                .contains("<PmtMtd>TRF</PmtMtd>")
                .contains("<Ustrd>Stipend installment 1 ");
        String batch = xml.header("X-Export-Batch");
        List<Map<String, Object>> ledger = fixture.ledger(approved.getKey().id());
        assertThat(ledger.get(ledger.size() - 1).get("reason").toString())
                .contains("Exported in payout batch")
                .contains(batch);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payments/export/" + batch)
                .then()
                .statusCode(200)
                .body(equalTo(file));
        Pain001Schema.validate(Examples.PAIN001); // the OpenAPI example is a valid file too
    }

    @Test
    void pain001GroupsByCurrencyAndEscapesNames() {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 500000, "JPY");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "BANK_TRANSFER",
                        "accountHolder",
                        "Ken <Sato> & Co",
                        "account",
                        GB_IBAN,
                        "country",
                        "JP"))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200);
        fixture.confirmTaxForm(m);
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        StipendFixture.approve(fixture.paymentId(m.id(), 1));
        approvedPayment();

        String file = Pain001Schema.validate(
                export("pain001").then().statusCode(200).extract().asString());

        assertThat(file)
                .contains("<InstdAmt Ccy=\"JPY\">250000</InstdAmt>")
                .contains("<InstdAmt Ccy=\"EUR\">1500.00</InstdAmt>")
                .contains("<IBAN>" + GB_IBAN + "</IBAN>")
                .contains("<Nm>Ken &lt;Sato&gt; &amp; Co</Nm>")
                .contains("<Ctry>JP</Ctry>");
        assertThat(file.split("<PmtInf>", -1).length - 1).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSepaFileRefusesAPaymentToAnotherRailAndChangesNothingWhileCsvCarriesIt() {
        Mentorship m = fixture.eligible();
        given().auth()
                .oauth2(m.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "payoutMethod",
                        "PAYPAL",
                        "accountHolder",
                        "Ken Sato",
                        "account",
                        "ken@example.org",
                        "country",
                        "DE"))
                .put("/api/v1/payees/me")
                .then()
                .statusCode(200);
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String paypal = fixture.paymentId(m.id(), 1);
        StipendFixture.approve(paypal);
        String iban = approvedPayment().getValue();
        long batches = db.count("select count(*) from export_batch");
        long attempts = db.count("select count(*) from payment_attempt");
        int ledger = fixture.ledger(m.id()).size();

        export("pain001")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/payout-rail-unsupported"))
                .body("detail", containsString(paypal + " (PAYPAL)"))
                .body("detail", not(containsString(iban)));

        for (String id : List.of(paypal, iban)) {
            given().auth()
                    .oauth2(StipendFixture.FINANCE)
                    .get("/api/v1/payments/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("exportBatchId", equalTo(null));
        }
        assertThat(db.count("select count(*) from export_batch")).isEqualTo(batches);
        assertThat(db.count("select count(*) from payment_attempt")).isEqualTo(attempts);
        assertThat(fixture.ledger(m.id())).hasSize(ledger);

        // CSV carries every payout method: both leave in it, the PayPal account as given.
        String csv = StipendFixture.exportCsv();
        assertThat(csv)
                .contains(paypal + ",")
                .contains(",PAYPAL,ken@example.org,")
                .contains(iban + ",");
    }

    @Test
    void onlyFinanceExportsAndUnknownFormatsAreRefused() {
        given().auth()
                .oauth2(StipendFixture.COORDINATOR)
                .post("/api/v1/payments/export?format=csv")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .post("/api/v1/payments/export?format=xlsx")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/unknown-format"));
    }

    private Map.Entry<Mentorship, String> approvedPayment() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + id + "/approve")
                .then()
                .statusCode(200);
        return Map.entry(m, id);
    }

    private static Response export(String format) {
        return given().auth()
                .oauth2(StipendFixture.FINANCE)
                .queryParam("format", format)
                .post("/api/v1/payments/export");
    }
}
