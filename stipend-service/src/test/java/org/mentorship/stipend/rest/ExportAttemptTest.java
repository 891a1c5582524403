package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.Pain001Schema;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.stipend.support.Webhooks;

/**
 * Every export of a payment is an attempt with its own EndToEndId: a report for an earlier attempt never moves the
 * payment of a later one, and a batch downloaded again is the file first produced, byte for byte.
 */
@QuarkusTest
class ExportAttemptTest {

    private final StipendFixture fixture = new StipendFixture();

    @Test
    void aReportForAttemptOneAfterRetryAndReExportDoesNotTouchAttemptTwo() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);
        StipendFixture.approve(id);
        assertThat(StipendFixture.exportCsv()).contains(Webhooks.endToEnd(id, 1));
        String failedFirst = Webhooks.failed(Webhooks.endToEnd(id, 1), "Account closed");
        Webhooks.send(failedFirst).then().statusCode(200).body("status", equalTo("FAILED"));
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .post("/api/v1/payments/" + id + "/retry")
                .then()
                .statusCode(200)
                .body("attempts", equalTo(2));
        String second = StipendFixture.exportCsv();
        assertThat(second).contains(Webhooks.endToEnd(id, 2)).doesNotContain(Webhooks.endToEnd(id, 1));
        List<Map<String, Object>> before = fixture.ledger(m.id());

        // The provider sends attempt 1's FAILED again (a new message), then a late PAID for attempt 1.
        Webhooks.send(failedFirst)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPORTED"))
                .body("attempts", equalTo(2));
        Webhooks.send(Webhooks.paid(Webhooks.endToEnd(id, 1), "PSP-LATE-1"))
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPORTED"))
                .body("providerReference", equalTo(null));

        List<Map<String, Object>> after = fixture.ledger(m.id());
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after.subList(before.size(), after.size()))
                .extracting(e -> e.get("to"))
                .containsExactly("EXPORTED", "EXPORTED");
        assertThat(after.get(after.size() - 1).get("reason").toString())
                .contains("attempt 1")
                .contains("PSP-LATE-1")
                .contains("attempt 2 is the payment's, unchanged");
        // Attempt 2's own report still settles it.
        Webhooks.send(Webhooks.paid(Webhooks.endToEnd(id, 2), "PSP-2"))
                .then()
                .statusCode(200)
                .body("status", equalTo("PAID"))
                .body("providerReference", equalTo("PSP-2"));
    }

    @Test
    void aBatchDownloadedAgainIsTheFileFirstProducedWhateverChangedSince() {
        for (String format : new String[] {"csv", "pain001"}) {
            Mentorship m = fixture.eligible();
            fixture.passes(m.id(), 2, 3);
            fixture.awaitPayments(m.id(), 1);
            String id = fixture.paymentId(m.id(), 1);
            StipendFixture.approve(id);
            Response first = given().auth()
                    .oauth2(StipendFixture.FINANCE)
                    .queryParam("format", format)
                    .post("/api/v1/payments/export");
            first.then().statusCode(200);
            byte[] bytes = first.asByteArray();
            String batch = first.header("X-Export-Batch");
            assertThat(first.asString()).contains(StipendFixture.IBAN).contains(Webhooks.endToEnd(id, 1));
            if (format.equals("pain001")) {
                Pain001Schema.validate(first.asString());
            }

            // The payee changes her details: the file that went out stays what it was.
            given().auth()
                    .oauth2(m.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "payoutMethod",
                            "BANK_TRANSFER",
                            "accountHolder",
                            "Ana O.",
                            "account",
                            "GB82WEST12345698765432",
                            "country",
                            "GB"))
                    .put("/api/v1/payees/me")
                    .then()
                    .statusCode(200);

            Response again = given().auth().oauth2(StipendFixture.FINANCE).get("/api/v1/payments/export/" + batch);
            again.then().statusCode(200).header("X-Export-Batch", batch).contentType(first.contentType());
            assertThat(again.asByteArray()).isEqualTo(bytes);
        }
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payments/export/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
