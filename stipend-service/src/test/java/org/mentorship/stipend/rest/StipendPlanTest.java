package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class StipendPlanTest {

    private final StipendFixture fixture = new StipendFixture();

    @Test
    void financeSetsAPlanWithTheDefaultSplitAndLaterRevisions() {
        UUID project = UUID.randomUUID();
        String first = fixture.plan(project, 300000, "USD");
        given().auth()
                .oauth2(StipendFixture.COORDINATOR)
                .get("/api/v1/stipend-plans/" + first)
                .then()
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("installments.afterEvaluation", equalTo(java.util.Arrays.asList(2, null)))
                .body("installments.percent", equalTo(List.of(50, 50)));

        fixture.plan(project, 400000, "USD");

        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .queryParam("projectId", project)
                .get("/api/v1/stipend-plans")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].revision", equalTo(2))
                .body("items[0].amountMinor", equalTo(400000));
    }

    @Test
    void aCustomSplitPutsTheRoundingRemainderOnTheLastInstallment() {
        Mentorship m = fixture.fresh();
        fixture.plan(Map.of(
                "projectId",
                m.projectId(),
                "amountMinor",
                100001,
                "currency",
                "EUR",
                "installments",
                List.of(
                        Map.of("number", 1, "afterEvaluation", 1, "percent", 33),
                        Map.of("number", 2, "afterEvaluation", 2, "percent", 33),
                        Map.of("number", 3, "percent", 34))));
        fixture.onboard(m);

        assertThat(fixture.awaitAgreement(m).getList("installments.amountMinor", Long.class))
                .containsExactly(33000L, 33000L, 34001L);
    }

    @Test
    void aCountryAdjustmentIsHeldBetweenFloorAndCap() {
        Mentorship india = fixture.fresh();
        fixture.plan(Map.of(
                "projectId",
                india.projectId(),
                "amountMinor",
                300000,
                "currency",
                "EUR",
                "countryAdjustments",
                List.of(Map.of("country", "IN", "percent", 40), Map.of("country", "CH", "percent", 150)),
                "floorMinor",
                150000,
                "capMinor",
                400000));
        Mentorship swiss =
                new Mentorship(UUID.randomUUID(), india.projectId(), india.termId(), "mentee-" + UUID.randomUUID());
        fixture.onboard(india, "IN");
        fixture.onboard(swiss, "CH");

        assertThat(fixture.awaitAgreement(india).getList("installments.amountMinor", Long.class))
                .containsExactly(75000L, 75000L);
        assertThat(fixture.awaitAgreement(swiss).getList("installments.amountMinor", Long.class))
                .containsExactly(200000L, 200000L);
    }

    @Test
    void invalidPlansAreRefusedAndCreateNothing() {
        UUID project = UUID.randomUUID();
        refused(Map.of("projectId", project, "amountMinor", 1000, "currency", "XYZ"), 422, "unknown-currency");
        refused(
                Map.of(
                        "projectId",
                        project,
                        "amountMinor",
                        1000,
                        "currency",
                        "EUR",
                        "installments",
                        List.of(
                                Map.of("number", 1, "afterEvaluation", 2, "percent", 60),
                                Map.of("number", 2, "percent", 50))),
                422,
                "invalid-split");
        refused(
                Map.of(
                        "projectId",
                        project,
                        "amountMinor",
                        1000,
                        "currency",
                        "EUR",
                        "floorMinor",
                        500,
                        "capMinor",
                        100),
                422,
                "floor-above-cap");
        refused(Map.of("projectId", project, "amountMinor", -5, "currency", "EUR"), 400, "validation-failed");
        refused(
                Map.of("projectId", project, "amountMinor", 1000, "currency", "EUR", "id", UUID.randomUUID()),
                400,
                "unknown-field");
        given().auth()
                .oauth2(Tokens.mentee("alice"))
                .contentType(ContentType.JSON)
                .body(Map.of("projectId", project, "amountMinor", 1000, "currency", "EUR"))
                .post("/api/v1/stipend-plans")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .queryParam("projectId", project)
                .get("/api/v1/stipend-plans")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private static void refused(Map<String, Object> body, int status, String slug) {
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/stipend-plans")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/" + slug));
    }
}
