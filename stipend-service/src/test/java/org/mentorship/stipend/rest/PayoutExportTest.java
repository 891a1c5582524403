package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Approved payments leave as one payout file each; the file is CSV or a pain.001.001.09 credit transfer. */
@QuarkusTest
class PayoutExportTest {

    private final StipendFixture fixture = new StipendFixture();

    @Test
    void csvCarriesEachApprovedPaymentOnceAndMarksTheBatch() {
        String id = approvedPayment().getValue();

        Response csv = export("csv");
        csv.then().statusCode(200).contentType("text/csv");
        String batch = csv.header("X-Export-Batch");
        assertThat(csv.asString()).startsWith("payment_id,mentorship_id,installment,")
                .contains(id + ",").contains("," + StipendFixture.IBAN + ",").contains(",1500.00,EUR,");
        given().auth().oauth2(StipendFixture.FINANCE).get("/api/v1/payments/" + id).then().statusCode(200)
                .body("exportBatchId", equalTo(batch)).body("status", equalTo("EXPORTED"));

        given().auth().oauth2(StipendFixture.FINANCE).get("/api/v1/payments/export/" + batch).then().statusCode(200)
                .body(equalTo(csv.asString()));

        Response again = export("csv");
        assertThat(again.statusCode()).isIn(200, 422);
        assertThat(again.asString()).doesNotContain(id);
    }

    @Test
    void pain001IsValidAgainstItsSchema() throws Exception {
        Map.Entry<Mentorship, String> approved = approvedPayment();
        String endToEnd = approved.getValue().replace("-", "") + "-1";

        Response xml = export("pain001");
        xml.then().statusCode(200);
        String file = xml.asString();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/iso20022/pain.001.001.09-subset.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(file)));
        assertThat(file).contains("<EndToEndId>" + endToEnd + "</EndToEndId>")
                .contains("<InstdAmt Ccy=\"EUR\">1500.00</InstdAmt>")
                .contains("<IBAN>" + StipendFixture.IBAN + "</IBAN>");
        List<Map<String, Object>> ledger = fixture.ledger(approved.getKey().id());
        assertThat(ledger.get(ledger.size() - 1).get("reason").toString()).contains("Exported in payout batch")
                .contains(xml.header("X-Export-Batch"));
    }

    @Test
    void pain001GroupsByCurrencyAndCarriesNonIbanAccountsAsOtherIds() throws Exception {
        Mentorship m = fixture.fresh();
        fixture.plan(m.projectId(), 500000, "JPY");
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        given().auth().oauth2(m.token()).contentType(ContentType.JSON)
                .body(Map.of("payoutMethod", "PAYPAL", "accountHolder", "Ken <Sato> & Co", "account", "ken@example.org",
                        "country", "JP"))
                .put("/api/v1/payees/me").then().statusCode(200).body("accountMasked", equalTo("***********.org"));
        fixture.confirmTaxForm(m);
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        given().auth().oauth2(StipendFixture.FINANCE).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/payments/" + fixture.paymentId(m.id(), 1) + "/approve").then().statusCode(200);
        approvedPayment();

        String file = export("pain001").then().statusCode(200).extract().asString();

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/iso20022/pain.001.001.09-subset.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(file)));
        assertThat(file).contains("<InstdAmt Ccy=\"JPY\">250000</InstdAmt>").contains("<InstdAmt Ccy=\"EUR\">1500.00</InstdAmt>")
                .contains("<Othr><Id>ken@example.org</Id></Othr>").contains("<Nm>Ken &lt;Sato&gt; &amp; Co</Nm>");
        assertThat(file.split("<PmtInf>", -1).length - 1).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyFinanceExportsAndUnknownFormatsAreRefused() {
        given().auth().oauth2(StipendFixture.COORDINATOR).post("/api/v1/payments/export?format=csv").then().statusCode(403);
        given().auth().oauth2(StipendFixture.FINANCE).post("/api/v1/payments/export?format=xlsx").then().statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/unknown-format"));
    }

    private Map.Entry<Mentorship, String> approvedPayment() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);
        given().auth().oauth2(StipendFixture.FINANCE).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/payments/" + id + "/approve").then().statusCode(200);
        return Map.entry(m, id);
    }

    private static Response export(String format) {
        return given().auth().oauth2(StipendFixture.FINANCE).queryParam("format", format).post("/api/v1/payments/export");
    }
}
