package org.mentorship.stipend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.EvaluationDue;
import org.mentorship.contracts.events.MentorshipExtended;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/**
 * Every installment's amount is fixed when the mentee is onboarded, from the plan and the country on the signed
 * contract: the payee's country, an extension or a new plan revision change none; only finance re-verifies.
 */
@QuarkusTest
class AmountsFixedOnceTest {

    private static final String PROBLEMS = "https://mentorship.example.org/problems/";
    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void thePayeesCountryChangesNoAmountTheMenteeSeesOrIsPaid() {
        Mentorship m = onboarded("IN");
        JsonPath mine = mine(m);
        assertThat(mine.getList("[0].installments.amountMinor", Long.class)).containsExactly(60000L, 60000L);
        assertThat(mine.getList("[0].installments.currency", String.class)).containsExactly("EUR", "EUR");
        assertThat(mine.getString("[0].country")).isEqualTo("IN");

        // She tries the country with the highest adjustment, then another.
        fixture.payee(m, "CH");
        assertThat(mine(m).getList("[0].installments.amountMinor", Long.class)).containsExactly(60000L, 60000L);
        fixture.payee(m, "DE");
        fixture.passes(m.id(), 2, 3);
        assertThat(fixture.awaitPayments(m.id(), 1).getLong("[0].amountMinor")).isEqualTo(60000L);
        fixture.payee(m, "CH");
        fixture.passes(m.id(), 3, 3);
        assertThat(fixture.awaitPayments(m.id(), 2).getList("amountMinor", Long.class))
                .containsExactly(60000L, 60000L);
        assertThat(db.count("select sum(amount_minor) from stipend_installment where mentorship_id = ?1", m.id()))
                .isEqualTo(120000L);
        assertThat(history(m).get(0)).contains("Amounts fixed from plan revision 1 and country IN");
    }

    @Test
    void anExtensionMovesDatesNeverAmounts() {
        Mentorship m = onboarded("CH");
        fixture.publish(
                new MentorshipExtended(
                        m.id(),
                        2,
                        3,
                        3,
                        LocalDate.of(2026, 6, 19),
                        List.of(new EvaluationDue(3, Instant.parse("2026-06-19T12:00:00Z")))),
                UUID.randomUUID(),
                StipendFixture.EVALUATIONS);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "2026-06-19".equals(fixture.agreement(m).getString("installments[1].expectedOn")));
        assertThat(fixture.agreement(m).getList("installments.amountMinor", Long.class))
                .containsExactly(225000L, 225000L);
    }

    @Test
    void financeReverifiesTheCountryAndOnlyUnapprovedInstallmentsFollow() {
        Mentorship m = onboarded("DE");
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String first = fixture.paymentId(m.id(), 1);

        reverify(StipendFixture.FINANCE, m, "IN")
                .then()
                .statusCode(200)
                .body("country", equalTo("IN"))
                .body("countryVerifiedBy", equalTo("fiona"));
        assertThat(fixture.agreement(m).getList("installments.amountMinor", Long.class))
                .containsExactly(60000L, 60000L);
        assertThat(fixture.payments(m.id()).getLong("[0].amountMinor")).isEqualTo(60000L);
        assertThat(fixture.ledger(m.id()).get(1).get("reason").toString()).contains("Country re-verified");

        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + first + "/approve")
                .then()
                .statusCode(200);
        reverify(StipendFixture.FINANCE, m, "DE").then().statusCode(200);

        // The approved installment keeps its amount; the one nobody approved follows the country.
        assertThat(fixture.agreement(m).getList("installments.amountMinor", Long.class))
                .containsExactly(60000L, 150000L);
        assertThat(fixture.payments(m.id()).getLong("[0].amountMinor")).isEqualTo(60000L);
        assertThat(history(m)).hasSize(3);
        assertThat(history(m).get(2))
                .contains("DE", "Installment 1 kept 60000 (APPROVED)", "Installment 2: 60000 -> 150000");
    }

    @Test
    void refusedReverificationsChangeNothing() {
        Mentorship m = onboarded("IN");

        reverify(m.token(), m, "CH").then().statusCode(403);
        reverify(Tokens.of(m.mentee(), "finance", "mentee"), m, "CH")
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-dealing"));
        reverify(StipendFixture.FINANCE, m, "ZZ")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-country"));
        reverify(StipendFixture.FINANCE, m, "ch").then().statusCode(400);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body(Map.of("country", "CH"))
                .put("/api/v1/stipends/" + m.id() + "/country")
                .then()
                .statusCode(400);
        reverify(StipendFixture.FINANCE, new Mentorship(UUID.randomUUID(), m.projectId(), m.termId(), m.mentee()), "CH")
                .then()
                .statusCode(404);

        JsonPath agreement = fixture.agreement(m);
        assertThat(agreement.getString("country")).isEqualTo("IN");
        assertThat(agreement.getList("installments.amountMinor", Long.class)).containsExactly(60000L, 60000L);
        assertThat(history(m)).hasSize(1);
    }

    /** Plan: 300000 EUR, IN at 40 %, CH at 150 %, default split; onboarded with that country on the contract. */
    private Mentorship onboarded(String country) {
        Mentorship m = fixture.fresh();
        fixture.plan(Map.of(
                "projectId",
                m.projectId(),
                "amountMinor",
                300000,
                "currency",
                "EUR",
                "countryAdjustments",
                List.of(Map.of("country", "IN", "percent", 40), Map.of("country", "CH", "percent", 150))));
        fixture.onboard(m, country);
        fixture.awaitAgreement(m);
        fixture.payee(m, "DE");
        fixture.confirmTaxForm(m);
        return m;
    }

    private static JsonPath mine(Mentorship m) {
        return given().auth()
                .oauth2(m.token())
                .get("/api/v1/stipends/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.Response reverify(String token, Mentorship m, String country) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("country", country, "reason", "Residence certificate checked"))
                .put("/api/v1/stipends/" + m.id() + "/country");
    }

    private static List<String> history(Mentorship m) {
        return given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/stipends/" + m.id() + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("reason", String.class);
    }
}
