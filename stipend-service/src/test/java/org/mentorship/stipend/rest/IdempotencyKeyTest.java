package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.idempotency.IdempotencyCleanup;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.Concurrently;

/** The same Idempotency-Key replays the first answer instead of acting twice (the platform's mechanism). */
@QuarkusTest
class IdempotencyKeyTest {

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    IdempotencyCleanup cleanup;

    @Inject
    EntityManager em;

    @Inject
    java.time.Clock clock;

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
        assertThat(second.jsonPath().getString("approvedAt"))
                .isEqualTo(first.jsonPath().getString("approvedAt"));
        assertThat(fixture.ledger(m.id())).hasSize(2);
        approve(id, UUID.randomUUID().toString()).then().statusCode(409);
    }

    @Test
    void aRepeatedPlanWithTheSameKeyMakesOneRevision() {
        UUID project = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("projectId", project, "amountMinor", 1000, "currency", "EUR");

        Response first = create(body, key);
        Response second = create(body, key);

        first.then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        // The first answer exactly, its Location too.
        second.then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body(equalTo(first.asString()));
        assertThat(first.header("Location"))
                .endsWith("/api/v1/stipend-plans/" + first.jsonPath().getString("id"));
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .queryParam("projectId", project)
                .get("/api/v1/stipend-plans")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void aRefusedRequestReleasesItsKey() {
        UUID project = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        create(Map.of("projectId", project, "amountMinor", 1000, "currency", "XYZ"), key)
                .then()
                .statusCode(422);
        create(Map.of("projectId", project, "amountMinor", 1000, "currency", "EUR"), key)
                .then()
                .statusCode(201);
    }

    @Test
    void concurrentApprovalsWithTheSameKeyApproveOnce() {
        Mentorship m = fixture.eligible();
        fixture.passes(m.id(), 2, 3);
        fixture.awaitPayments(m.id(), 1);
        String id = fixture.paymentId(m.id(), 1);
        String key = UUID.randomUUID().toString();

        // Without the key both would race to the payment's transition; with it the twin waits and replays.
        List<Response> answers = Concurrently.run(
                Duration.ofSeconds(30),
                List.of(() -> approve(id, key), () -> approve(id, key), () -> approve(id, key)));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers)
                .filteredOn(a -> a.header("Idempotent-Replayed") == null)
                .hasSize(1);
        assertThat(answers)
                .extracting(Response::asString)
                .containsOnly(answers.get(0).asString());
        assertThat(fixture.ledger(m.id())).hasSize(2);
    }

    @Test
    void theSameKeyOnAnotherOperationIsRefused() {
        UUID project = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        create(Map.of("projectId", project, "amountMinor", 1000, "currency", "EUR"), key)
                .then()
                .statusCode(201);

        create(Map.of("projectId", project, "amountMinor", 2000, "currency", "EUR"), key)
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/idempotency-key-reused"));
        given().auth()
                .oauth2(StipendFixture.FINANCE)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + UUID.randomUUID() + "/approve")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/idempotency-key-reused"));
        create(Map.of("projectId", project, "amountMinor", 1000, "currency", "EUR"), "k".repeat(201))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/invalid-idempotency-key"));
    }

    @Test
    void theCleanupDeletesExpiredKeysOnly() {
        String caller = "cleanup-" + UUID.randomUUID();
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            keep(caller, "expired", now.minusSeconds(1));
            keep(caller, "live", now.plusSeconds(3600));
        });

        assertThat(cleanup.runNow()).isGreaterThanOrEqualTo(1);

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery(
                                        "select idempotency_key from idempotent_request where caller = ?1")
                                .setParameter(1, caller)
                                .getResultList()))
                .containsExactly("live");
    }

    private void keep(String caller, String key, Instant expiresAt) {
        em.createNativeQuery("insert into idempotent_request (caller, idempotency_key, request_method, request_path, "
                        + "body_sha256, status, headers, created_at, expires_at) "
                        + "values (?1, ?2, 'POST', '/x', ?3, 200, '{}', ?4, ?5)")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, "0".repeat(64))
                .setParameter(4, expiresAt.minus(Duration.ofHours(24)))
                .setParameter(5, expiresAt)
                .executeUpdate();
    }

    private static Response approve(String id, String key) {
        return given().auth()
                .oauth2(StipendFixture.FINANCE)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/payments/" + id + "/approve");
    }

    private static Response create(Map<String, Object> body, String key) {
        return given().auth()
                .oauth2(StipendFixture.FINANCE)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/stipend-plans");
    }
}
