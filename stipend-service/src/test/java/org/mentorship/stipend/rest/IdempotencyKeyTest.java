package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The same Idempotency-Key replays the first answer instead of acting twice. */
@QuarkusTest
class IdempotencyKeyTest {

    private final StipendFixture fixture = new StipendFixture();

    @Test
    void aRepeatedApprovalWithTheSameKeyReplaysTheFirstAnswer() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);
        String key = UUID.randomUUID().toString();

        Response first = approve(id, key);
        Response second = approve(id, key);

        first.then().statusCode(200).body("status", equalTo("APPROVED"));
        second.then().statusCode(200).header("Idempotent-Replayed", "true").body("status", equalTo("APPROVED"));
        assertThat(second.jsonPath().getString("approvedAt")).isEqualTo(first.jsonPath().getString("approvedAt"));
        assertThat(fixture.ledger(m.id())).hasSize(2);
        approve(id, UUID.randomUUID().toString()).then().statusCode(409);
    }

    @Test
    void aRepeatedPlanWithTheSameKeyMakesOneRevision() {
        UUID project = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("projectId", project, "amountMinor", 1000, "currency", "EUR");

        String first = create(body, key).then().statusCode(201).extract().path("id");
        String second = create(body, key).then().statusCode(201).extract().path("id");

        assertThat(second).isEqualTo(first);
        given().auth().oauth2(StipendFixture.FINANCE).queryParam("projectId", project).get("/api/v1/stipend-plans").then()
                .body("total", equalTo(1));
    }

    @Test
    void aRefusedRequestReleasesItsKey() {
        UUID project = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        create(Map.of("projectId", project, "amountMinor", 1000, "currency", "XYZ"), key).then().statusCode(422);
        create(Map.of("projectId", project, "amountMinor", 1000, "currency", "EUR"), key).then().statusCode(201);
    }

    private static Response approve(String id, String key) {
        return given().auth().oauth2(StipendFixture.FINANCE).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/payments/" + id + "/approve");
    }

    private static Response create(Map<String, Object> body, String key) {
        return given().auth().oauth2(StipendFixture.FINANCE).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/stipend-plans");
    }
}
