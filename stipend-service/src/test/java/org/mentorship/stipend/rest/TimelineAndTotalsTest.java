package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

/** The mentee's own timeline (another's is 404), finance's totals and everyone's summary. */
@QuarkusTest
class TimelineAndTotalsTest {

    private final StipendFixture fixture = new StipendFixture();

    @Test
    void theMenteeSeesTheirTimelineAndNobodyElses() {
        Mentorship m = paidFirstInstallment();

        JsonPath mine = given().auth()
                .oauth2(m.token())
                .get("/api/v1/stipends/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mine.getList("mentorshipId", String.class)).containsExactly(m.id().toString());
        assertThat(mine.getList("[0].installments.status", String.class)).containsExactly("PAID", "EXPECTED");
        assertThat(mine.getList("[0].installments.amountMinor", Long.class)).containsExactly(150000L, 150000L);
        assertThat(mine.getString("[0].installments[0].paidAt")).isNotNull();
        assertThat(mine.getString("[0].installments[1].expectedOn")).isEqualTo("2026-05-29");

        given().auth()
                .oauth2(m.token())
                .get("/api/v1/stipends/" + m.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.mentee("intruder"))
                .get("/api/v1/stipends/" + m.id())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.mentee("intruder"))
                .queryParam("mentorshipId", m.id())
                .get("/api/v1/payments")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .get("/api/v1/stipends/" + m.id())
                .then()
                .statusCode(403);
    }

    @Test
    void financeSeesTotalsPerMentorshipProjectAndTerm() {
        Mentorship m = paidFirstInstallment();

        for (String by : new String[] {"mentorship", "project", "term"}) {
            JsonPath totals = given().auth()
                    .oauth2(StipendFixture.FINANCE)
                    .queryParam("by", by)
                    .queryParam("projectId", m.projectId())
                    .get("/api/v1/stipends/totals")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .extract()
                    .jsonPath();
            assertThat(totals.getLong("items[0].paidMinor")).isEqualTo(150000L);
            assertThat(totals.getLong("items[0].scheduledMinor")).isZero();
            assertThat(totals.getString("items[0].currency")).isEqualTo("EUR");
        }
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .queryParam("by", "country")
                .get("/api/v1/stipends/totals")
                .then()
                .statusCode(422);
        given().auth().oauth2(m.token()).get("/api/v1/stipends/totals").then().statusCode(403);
    }

    @Test
    void theSummaryIsRoleAware() {
        Mentorship m = paidFirstInstallment();

        given().auth()
                .oauth2(m.token())
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("agreements", equalTo(1))
                .body("nextInstallment.installment", equalTo(2))
                .body("paid[0].amountMinor", equalTo(150000));
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("role", equalTo("finance"));
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("$", equalTo(Map.of()));
        given().get("/api/v1/me/summary").then().statusCode(401);
    }

    private Mentorship paidFirstInstallment() {
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
        StipendFixture.exportCsv();
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body(Map.of("providerReference", "PSP-5"))
                .post("/api/v1/payments/" + id + "/paid")
                .then()
                .statusCode(200);
        return m;
    }
}
