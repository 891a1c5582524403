package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/**
 * An org-admin sees her organisations' stipends and payments, read only and without payee data; another
 * organisation's (or one without an organisation) is not found, and approving stays finance's.
 */
@QuarkusTest
class OrgAdminStipendsTest {

    private final StipendFixture fixture = new StipendFixture();
    private final String cnsf = "CNSF-" + UUID.randomUUID().toString().substring(0, 8);
    private final String other = "Other-" + UUID.randomUUID().toString().substring(0, 8);
    private final String olga = Tokens.orgAdmin("olga", cnsf);
    private final UUID term = UUID.randomUUID();

    @Inject
    Db db;

    @Test
    void sheReadsHerOrganisationsStipendsAndPaymentsOnly() {
        Mentorship own = scheduled(cnsf, "EUR");
        Mentorship foreign = scheduled(other, "EUR");
        String ownPayment = fixture.paymentId(own.id(), 1);
        String foreignPayment = fixture.paymentId(foreign.id(), 1);

        get(olga, "/api/v1/stipends/" + own.id()).then().statusCode(200);
        JsonPath payments = get(olga, "/api/v1/payments?mentorshipId=" + own.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(payments.getList("id", String.class)).containsExactly(ownPayment);
        get(olga, "/api/v1/payments/" + ownPayment).then().statusCode(200);
        get(olga, "/api/v1/stipends/" + foreign.id()).then().statusCode(404);
        get(olga, "/api/v1/payments?mentorshipId=" + foreign.id()).then().statusCode(404);
        get(olga, "/api/v1/payments/" + foreignPayment).then().statusCode(404);
        // The ledger and history stay finance's and coordinators'.
        get(olga, "/api/v1/stipends/" + own.id() + "/ledger").then().statusCode(403);

        assertThat(get(olga, "/api/v1/stipends?size=100").jsonPath().getList("items.mentorshipId", String.class))
                .containsExactly(own.id().toString());
        assertThat(get(olga, "/api/v1/payments/queue?status=SCHEDULED&size=100")
                        .jsonPath()
                        .getList("items.id", String.class))
                .containsExactly(ownPayment);
        get(olga, "/api/v1/stipends?organization=" + other).then().statusCode(404);
        get(olga, "/api/v1/payments/queue?status=SCHEDULED&organization=" + other)
                .then()
                .statusCode(404);
        assertThat(get(StipendFixture.COORDINATOR, "/api/v1/stipends?size=100&organization=" + other)
                        .jsonPath()
                        .getList("items.mentorshipId", String.class))
                .containsExactly(foreign.id().toString());
    }

    @Test
    void approvingStaysFinancesAndPayeeDataTooAndNothingChanges() {
        Mentorship own = scheduled(cnsf, "EUR");
        String payment = fixture.paymentId(own.id(), 1);

        given().auth()
                .oauth2(olga)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + payment + "/approve")
                .then()
                .statusCode(403);
        assertThat(fixture.payments(own.id()).getString("[0].status")).isEqualTo("SCHEDULED");
        get(olga, "/api/v1/payees/" + own.mentee()).then().statusCode(403);

        StipendFixture.approve(payment); // approved: the payout details are snapshotted on the payment
        assertThat(fixture.payments(own.id()).getString("[0].payout.accountHolder"))
                .isEqualTo("Ana Okafor");
        assertThat(get(olga, "/api/v1/payments/" + payment).jsonPath().getString("payout"))
                .isNull();
        String csv = get(olga, "/api/v1/payments/export.csv?status=APPROVED").asString();
        assertThat(csv).contains(payment).doesNotContain("Ana Okafor").doesNotContain("COBADEFFXXX");
    }

    @Test
    void aStipendWithoutAnOrganisationIsFinancesAndCoordinatorsOnly() {
        Mentorship legacy = scheduled(cnsf, "EUR");
        db.update("update stipend_agreement set organization = null where mentorship_id = ?1", legacy.id());

        get(olga, "/api/v1/stipends/" + legacy.id()).then().statusCode(404);
        get(olga, "/api/v1/payments?mentorshipId=" + legacy.id()).then().statusCode(404);
        get(StipendFixture.FINANCE, "/api/v1/stipends/" + legacy.id()).then().statusCode(200);
    }

    @Test
    void statisticsAndTheCsvPerOrganisationAreScoped() {
        Mentorship paid = scheduled(cnsf, "EUR");
        String paidId = fixture.paymentId(paid.id(), 1);
        StipendFixture.approveAndExport(paidId);
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body(Map.of("providerReference", "PSP-ORG-1"))
                .post("/api/v1/payments/" + paidId + "/paid")
                .then()
                .statusCode(200);
        Mentorship approved = scheduled(other, "USD");
        StipendFixture.approve(fixture.paymentId(approved.id(), 1));

        JsonPath all = get(StipendFixture.COORDINATOR, "/api/v1/stipends/statistics?termId=" + term)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(all.getList("currencies.currency")).containsExactly("EUR", "USD");
        assertThat(all.getList("organizations.organization")).containsExactly(cnsf, other);
        assertThat(all.getMap("organizations[0].currencies[0]")).containsEntry("currency", "EUR");
        assertThat(all.getInt("organizations[0].currencies[0].paid.amountMinor"))
                .isEqualTo(150000);
        assertThat(all.getInt("organizations[1].currencies[0].approvedUnpaid.payments"))
                .isEqualTo(1);

        JsonPath hers = get(olga, "/api/v1/stipends/statistics?termId=" + term)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(hers.getList("currencies.currency")).containsExactly("EUR");
        assertThat(hers.getList("organizations.organization")).containsExactly(cnsf);
        get(olga, "/api/v1/stipends/statistics?organization=" + other).then().statusCode(404);
        assertThat(get(StipendFixture.FINANCE, "/api/v1/stipends/statistics?termId=" + term + "&organization=" + other)
                        .jsonPath()
                        .getList("currencies.currency"))
                .containsExactly("USD");

        String csv = get(olga, "/api/v1/payments/export.csv?status=PAID&organization=" + cnsf)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains(paidId);
        assertThat(get(olga, "/api/v1/payments/export.csv?status=APPROVED").asString())
                .doesNotContain(fixture.paymentId(approved.id(), 1));
        get(olga, "/api/v1/payments/export.csv?status=PAID&organization=" + other)
                .then()
                .statusCode(404);
    }

    private static io.restassured.response.Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    /** A mentorship of this test's term and {@code organization} whose first installment's payment is SCHEDULED. */
    private Mentorship scheduled(String organization, String currency) {
        Mentorship m = new Mentorship(UUID.randomUUID(), UUID.randomUUID(), term, "mentee-" + UUID.randomUUID());
        fixture.plan(m.projectId(), 300000, currency);
        MenteeOnboarded e = StipendFixture.onboarded(m, 3);
        fixture.publish(
                new MenteeOnboarded(
                        e.mentorshipId(),
                        e.applicationId(),
                        e.termId(),
                        e.termName(),
                        e.projectId(),
                        e.projectTitle(),
                        organization,
                        e.menteeId(),
                        e.menteeName(),
                        e.menteeEmail(),
                        e.mentorIds(),
                        e.mentorContacts(),
                        e.evaluationCount(),
                        e.programStart(),
                        e.programEnd(),
                        e.onboardedAt(),
                        e.menteeCountry()),
                UUID.randomUUID(),
                StipendFixture.APPLICATIONS);
        fixture.awaitAgreement(m);
        fixture.payee(m, "DE");
        fixture.confirmTaxForm(m);
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        return m;
    }
}
