package org.mentorship.webhook.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.Tokens;
import org.mentorship.webhook.Events;
import org.mentorship.webhook.Receiver;
import org.mentorship.webhook.Receiver.Received;

/**
 * Events from Kafka to a real HTTP receiver: signed CloudEvents, retried until a 2xx, once per event whatever Kafka
 * redelivers, the endpoint disabled after repeated failure, and a redelivery on request.
 */
@QuarkusTest
class DeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    private record Registered(String id, String secret, String token) {}

    private static Registered register(Receiver receiver, String... types) {
        String token = Tokens.partner("lms-" + UUID.randomUUID());
        ValidatableResponse answer = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", types))
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(201);
        return new Registered(answer.extract().path("id"), answer.extract().path("secret"), token);
    }

    private static ValidatableResponse log(Registered endpoint) {
        return given().auth()
                .oauth2(endpoint.token())
                .get("/api/v1/webhooks/endpoints/" + endpoint.id() + "/deliveries")
                .then()
                .statusCode(200);
    }

    @Test
    void anEventIsPostedAsASignedStructuredCloudEvent() throws Exception {
        try (Receiver receiver = new Receiver(204)) {
            Registered endpoint = register(receiver, "EvaluationPassed", "CertificateIssued");
            UUID eventId = UUID.randomUUID();
            Events.publish("EvaluationPassed", eventId);

            await().atMost(WAIT).until(() -> !receiver.received().isEmpty());
            Received request = receiver.received().get(0);
            assertThat(request.header("Content-Type")).isEqualTo("application/cloudevents+json");
            assertThat(request.header("webhook-id")).isEqualTo(eventId.toString());
            Receiver.assertSigned(request, endpoint.secret());
            JsonNode event = new ObjectMapper().readTree(request.body());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("id").asText()).isEqualTo(eventId.toString());
            assertThat(event.path("type").asText()).isEqualTo("EvaluationPassed");
            assertThat(event.path("source").asText()).isEqualTo("/mentorship/evaluation-service");
            assertThat(event.path("time").asText()).isEqualTo("2026-04-23T16:45:01Z");
            assertThat(event.path("subject").asText()).isNotBlank();
            assertThat(event.path("dataschema").asText()).endsWith("/schemas/events/EvaluationPassed/1");
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.at("/data/evaluationId").asText()).isEqualTo("7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");

            await().atMost(WAIT)
                    .untilAsserted(() -> log(endpoint)
                            .body("total", equalTo(1))
                            .body("items[0].status", equalTo("DELIVERED"))
                            .body("items[0].eventId", equalTo(eventId.toString()))
                            .body("items[0].attemptLog.statusCode", contains(204)));
        }
    }

    @Test
    void aFailedAttemptIsRetriedUnderTheSameWebhookId() throws Exception {
        try (Receiver receiver = new Receiver(500, 200)) {
            Registered endpoint = register(receiver, "CertificateIssued");
            UUID eventId = UUID.randomUUID();
            Events.publish("CertificateIssued", eventId);

            await().atMost(WAIT)
                    .untilAsserted(() -> log(endpoint)
                            .body("items[0].status", equalTo("DELIVERED"))
                            .body("items[0].attemptLog.statusCode", contains(500, 200))
                            .body("items[0].attemptLog[0].responseExcerpt", equalTo("busy, try later")));
            assertThat(receiver.received()).hasSize(2);
            for (Received r : receiver.received()) {
                assertThat(r.header("webhook-id")).isEqualTo(eventId.toString());
                Receiver.assertSigned(r, endpoint.secret());
            }
            assertThat(receiver.received().get(0).body())
                    .isEqualTo(receiver.received().get(1).body());
        }
    }

    @Test
    void aRedeliveredKafkaRecordIsDeliveredOnce() {
        try (Receiver receiver = new Receiver(200)) {
            Registered endpoint = register(receiver, "StipendPaid");
            String subject = UUID.randomUUID().toString();
            UUID eventId = UUID.randomUUID();
            Events.publish("StipendPaid", eventId, subject);
            Events.publish("StipendPaid", eventId, subject);
            UUID later = UUID.randomUUID();
            Events.publish("StipendPaid", later, subject); // same key, so consumed after both copies

            await().atMost(WAIT)
                    .untilAsserted(() -> log(endpoint)
                            .body("total", equalTo(2))
                            .body("items.status", contains("DELIVERED", "DELIVERED")));
            assertThat(receiver.received())
                    .extracting(r -> r.header("webhook-id"))
                    .containsExactlyInAnyOrder(eventId.toString(), later.toString());
            assertThat(count(
                            "select count(*) from webhook_delivery where event_id = ?1 and endpoint_id = ?2",
                            eventId,
                            UUID.fromString(endpoint.id())))
                    .isEqualTo(1);
        }
    }

    @Test
    void repeatedFailureDisablesTheEndpointUntilItIsEnabledAgain() {
        try (Receiver receiver = new Receiver(503, 503, 503, 503, 200)) {
            Registered endpoint = register(receiver, "MentorshipExtended");
            Events.publish("MentorshipExtended", UUID.randomUUID());

            // %test: disabled after 3 failed attempts in a row
            await().atMost(WAIT)
                    .untilAsserted(() -> given().auth()
                            .oauth2(endpoint.token())
                            .get("/api/v1/webhooks/endpoints/" + endpoint.id())
                            .then()
                            .body("enabled", equalTo(false))
                            .body("consecutiveFailures", equalTo(3))
                            .body("disabledReason", equalTo("3 failed attempts in a row; the last: HTTP 503")));
            log(endpoint).body("items[0].status", equalTo("PENDING"));
            given().auth()
                    .oauth2(endpoint.token())
                    .get("/api/v1/me/notices")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].kind", equalTo("webhook-disabled"))
                    .body("items[0].subject", equalTo("Webhook endpoint disabled: " + receiver.url()));
            String deliveryId = log(endpoint).extract().path("items[0].id");
            given().auth()
                    .oauth2(endpoint.token())
                    .post("/api/v1/webhooks/deliveries/" + deliveryId + "/redeliver")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("https://mentorship.example.org/problems/endpoint-disabled"));
            assertThat(receiver.received()).hasSize(3);

            given().auth()
                    .oauth2(endpoint.token())
                    .post("/api/v1/webhooks/endpoints/" + endpoint.id() + "/enable")
                    .then()
                    .statusCode(200)
                    .body("enabled", equalTo(true))
                    .body("consecutiveFailures", equalTo(0));
            await().atMost(WAIT)
                    .untilAsserted(() -> log(endpoint)
                            .body("items[0].status", equalTo("DELIVERED"))
                            .body("items[0].attemptLog.statusCode", contains(503, 503, 503, 503, 200)));
        }
    }

    @Test
    void aDeliveryIsRedeliveredOnRequestWithTheSameWebhookId() throws Exception {
        try (Receiver receiver = new Receiver(200)) {
            Registered endpoint = register(receiver, "CertificateRevoked");
            UUID eventId = UUID.randomUUID();
            Events.publish("CertificateRevoked", eventId);
            await().atMost(WAIT).untilAsserted(() -> log(endpoint).body("items[0].status", equalTo("DELIVERED")));
            String deliveryId = log(endpoint).extract().path("items[0].id");

            given().auth()
                    .oauth2(Tokens.partner("someone-else"))
                    .post("/api/v1/webhooks/deliveries/" + deliveryId + "/redeliver")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(endpoint.token())
                    .post("/api/v1/webhooks/deliveries/" + deliveryId + "/redeliver")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DELIVERED"))
                    .body("attemptLog.onRequest", contains(false, true))
                    .body("attemptLog.statusCode", contains(200, 200));
            assertThat(receiver.received()).hasSize(2);
            assertThat(receiver.received().get(1).header("webhook-id")).isEqualTo(eventId.toString());
            Receiver.assertSigned(receiver.received().get(1), endpoint.secret());
        }
    }

    private long count(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
