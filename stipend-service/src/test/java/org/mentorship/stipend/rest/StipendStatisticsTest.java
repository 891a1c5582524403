package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

/** GET /api/v1/stipends/statistics: paid and approved-but-unpaid payments per currency, of a term or the program. */
@QuarkusTest
class StipendStatisticsTest {

    private final StipendFixture fixture = new StipendFixture();

    @Test
    void aTermsStatisticsCountAndSumItsPaidAndApprovedPaymentsPerCurrency() {
        UUID term = UUID.randomUUID();
        String paid = scheduled(in(term), "EUR");
        StipendFixture.approveAndExport(paid);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body(Map.of("providerReference", "PSP-STATS-1"))
                .post("/api/v1/payments/" + paid + "/paid")
                .then()
                .statusCode(200);
        StipendFixture.approve(scheduled(in(term), "EUR"));
        StipendFixture.approve(scheduled(in(term), "USD"));
        scheduled(in(term), "USD"); // scheduled only: neither paid nor approved
        String otherTerm = scheduled(fixture.fresh(), "EUR");
        StipendFixture.approve(otherTerm);

        JsonPath stats = statistics(StipendFixture.COORDINATOR, term);

        assertThat(stats.getString("termId")).isEqualTo(term.toString());
        assertThat(stats.getList("currencies.currency")).containsExactly("EUR", "USD");
        assertThat(stats.getMap("currencies[0].paid"))
                .containsEntry("payments", 1)
                .containsEntry("amountMinor", 150000);
        assertThat(stats.getString("currencies[0].paid.amount")).isEqualTo("1500.0");
        assertThat(stats.getMap("currencies[0].approvedUnpaid"))
                .containsEntry("payments", 1)
                .containsEntry("amountMinor", 150000);
        assertThat(stats.getMap("currencies[1].paid"))
                .containsEntry("payments", 0)
                .containsEntry("amountMinor", 0);
        assertThat(stats.getMap("currencies[1].approvedUnpaid"))
                .containsEntry("payments", 1)
                .containsEntry("amountMinor", 150000);
    }

    @Test
    void withoutATermTheStatisticsAreTheWholeProgramsAndAnUnknownTermHasNone() {
        StipendFixture.approve(scheduled(fixture.fresh(), "EUR"));

        JsonPath program = statistics(StipendFixture.FINANCE, null);
        assertThat(program.getString("termId")).isNull();
        assertThat(program.getInt("currencies.find { it.currency == 'EUR' }.approvedUnpaid.payments"))
                .isGreaterThanOrEqualTo(1);

        assertThat(statistics(StipendFixture.FINANCE, UUID.randomUUID()).getList("currencies"))
                .isEmpty();
    }

    @Test
    void onlyFinanceAndCoordinatorsSeeTheStatistics() {
        given().auth()
                .oauth2(fixture.fresh().token())
                .get("/api/v1/stipends/statistics")
                .then()
                .statusCode(403);
    }

    private static JsonPath statistics(String token, UUID term) {
        var request = given().auth().oauth2(token);
        if (term != null) {
            request.queryParam("termId", term);
        }
        return request.get("/api/v1/stipends/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private Mentorship in(UUID term) {
        return new Mentorship(UUID.randomUUID(), UUID.randomUUID(), term, "mentee-" + UUID.randomUUID());
    }

    /** The mentorship's first installment's payment (300000 minor units in this currency, half of it), SCHEDULED. */
    private String scheduled(Mentorship m, String currency) {
        fixture.plan(m.projectId(), 300000, currency);
        fixture.onboard(m);
        fixture.awaitAgreement(m);
        fixture.payee(m, "DE");
        fixture.confirmTaxForm(m);
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        return fixture.paymentId(m.id(), 1);
    }
}
