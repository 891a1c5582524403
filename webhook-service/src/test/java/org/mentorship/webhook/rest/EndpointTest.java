package org.mentorship.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.Tokens;

/** Registering, reading and deleting endpoints: who may, what is refused, and that a refusal changes nothing. */
@QuarkusTest
class EndpointTest {

    @Inject
    EntityManager entityManager;

    static String register(String token, String url, String... types) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", types, "description", "test"))
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aPartnerRegistersAndGetsTheSecretOnce() {
        String token = Tokens.partner("payroll-" + System.nanoTime());
        String id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://payroll.example.com/hooks", "eventTypes", new String[] {"StipendPaid"}))
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("enabled", equalTo(true))
                .body("eventTypes", contains("StipendPaid"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .get("/api/v1/webhooks/endpoints/" + id)
                .then()
                .statusCode(200)
                .body("url", equalTo("https://payroll.example.com/hooks"))
                .body("secret", nullValue());
        given().auth()
                .oauth2(token)
                .get("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().auth()
                .oauth2(token)
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("webhookEndpoints.id", contains(id))
                .body("webhookEndpoints[0].secret", nullValue());
        given().auth()
                .oauth2(Tokens.coordinator("cora"))
                .get("/api/v1/webhooks/endpoints?size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void unknownEventTypesAndPrivateTargetsAreRefusedAndNothingIsStored() {
        String token = Tokens.partner("refused-" + System.nanoTime());
        long before = endpoints();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url", "https://payroll.example.com/hooks", "eventTypes", new String[] {"EvaluationPased"}))
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/unknown-event-type"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://payroll.example.com/hooks", "eventTypes", new String[] {"StipendPaid"}))
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/target-not-allowed"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://payroll.example.com/hooks", "eventTypes", new String[] {}))
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(400);
        assertThat(endpoints()).isEqualTo(before);
    }

    @Test
    void anotherPartnersEndpointIsNotFoundAndStaysAsItWas() {
        String owner = Tokens.partner("owner-" + System.nanoTime());
        String other = Tokens.partner("other-" + System.nanoTime());
        String id = register(owner, "https://lms.example.com/hooks", "CertificateIssued");
        given().auth()
                .oauth2(other)
                .get("/api/v1/webhooks/endpoints/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .delete("/api/v1/webhooks/endpoints/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .post("/api/v1/webhooks/endpoints/" + id + "/enable")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .get("/api/v1/webhooks/endpoints/" + id + "/deliveries")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other)
                .get("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(Tokens.mentee("ana"))
                .get("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(owner)
                .get("/api/v1/webhooks/endpoints/" + id)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(owner)
                .delete("/api/v1/webhooks/endpoints/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(owner)
                .get("/api/v1/webhooks/endpoints/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void anIdempotencyKeyReplaysTheRegistration() {
        String token = Tokens.partner("retrying-" + System.nanoTime());
        Map<String, Object> body =
                Map.of("url", "https://lms.example.com/hooks", "eventTypes", new String[] {"CertificateIssued"});
        String first = given().auth()
                .oauth2(token)
                .header("Idempotency-Key", "register-1")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .header("Idempotency-Key", "register-1")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(token).get("/api/v1/webhooks/endpoints").then().body("total", equalTo(1));
    }

    private long endpoints() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from webhook_endpoint")
                        .getSingleResult())
                .longValue();
    }
}
