package org.mentorship.stipend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.csv.CsvCell;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.repository.PaymentQuery;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/**
 * GET /api/v1/payments/export.csv: the payments list (queue) as CSV, with its filter, roles and order; every text cell
 * defended as in the payout file; written chunk by chunk.
 */
@QuarkusTest
class PaymentListCsvTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x\")\n@SUM(A1)";
    private final StipendFixture fixture = new StipendFixture();

    @Inject
    PaymentsCsv csv;

    @Test
    void theCsvHoldsExactlyTheListsPaymentsInItsOrderWithFormulasDefused() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);
        StipendFixture.approveAndExport(id);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", FORMULA))
                .post("/api/v1/payments/" + id + "/failed")
                .then()
                .statusCode(200);

        String file = given().auth()
                .oauth2(StipendFixture.COORDINATOR)
                .queryParam("status", "FAILED")
                .get("/api/v1/payments/export.csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"payments-failed.csv\"")
                .extract()
                .asString();

        List<String> lines = file.lines().toList();
        assertThat(lines.get(0) + "\n").isEqualTo(PaymentsCsv.HEADER);
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]))
                .containsExactlyElementsOf(queue("FAILED"));
        String row = lines.stream().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
        assertThat(row)
                .contains(",FAILED,150000,1500.00,EUR,")
                .contains(",fiona,")
                .contains(",BANK_TRANSFER,Ana Okafor,")
                .contains("," + CsvCell.text(FORMULA) + ",");
        assertThat(CsvCell.text(FORMULA)).startsWith("\"'=").doesNotContain("\n");
        // The list shows the account masked; so does its file.
        assertThat(file).doesNotContain(StipendFixture.IBAN);
    }

    @Test
    void readingInChunksWritesTheSameFileAsOneRead() throws Exception {
        for (int i = 0; i < 3; i++) {
            Mentorship m = fixture.eligible();
            fixture.passes(m.id(), 2, 3);
            fixture.awaitPayments(m.id(), 1);
        }
        PaymentQuery query = new PaymentQuery(PaymentStatus.SCHEDULED);

        String byOne = write(query, 1);
        String byTwo = write(query, 2);
        String whole = write(query, PaymentsCsv.CHUNK);

        assertThat(byOne.lines().count()).isGreaterThan(3);
        assertThat(byOne).isEqualTo(whole);
        assertThat(byTwo).isEqualTo(whole);
    }

    @Test
    void theCsvTakesTheListsFilterAndRoles() {
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/payments/export.csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/validation-failed"));
        given().auth()
                .oauth2(fixture.fresh().token())
                .queryParam("status", "SCHEDULED")
                .get("/api/v1/payments/export.csv")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .queryParam("status", "SCHEDULED")
                .get("/api/v1/payments/export.csv")
                .then()
                .statusCode(200);
    }

    private String write(PaymentQuery query, int chunk) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(query, out, chunk);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every id of the JSON list with this status, page by page. */
    private static List<String> queue(String status) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = given().auth()
                    .oauth2(StipendFixture.FINANCE)
                    .queryParam("status", status)
                    .queryParam("page", page)
                    .queryParam("size", 100)
                    .get("/api/v1/payments/queue")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id", String.class);
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }
}
