package org.mentorship.system.story;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner system (the learning platform) takes the program's events by webhook: it registers an endpoint on a
 * receiver of its own (the JDK's HTTP server on a free local port; the local run allows such private targets) and
 * checks every request's Standard Webhooks signature itself, as a partner would.
 */
final class PartnerSteps implements AutoCloseable {

    /** One request the receiver got: its Standard Webhooks headers and the CloudEvent body. */
    record Delivery(String id, String timestamp, String signature, String contentType, String body) {
        JsonPath event() {
            return JsonPath.from(body);
        }
    }

    private final StorySystem sys;
    private final Actors actors;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private String endpointId;
    private String secret;

    PartnerSteps(StorySystem sys, Actors actors) {
        this.sys = sys;
        this.actors = actors;
    }

    /** Starts the receiver and registers it for the mentees' passed evaluations and their certificates. */
    void registerEndpoint() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            var headers = exchange.getRequestHeaders();
            received.add(new Delivery(
                    headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    headers.getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.flush();
            }
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        JsonPath registered = sys.as(actors.partner())
                .body(Map.of(
                        "url",
                        url,
                        "eventTypes",
                        List.of("EvaluationPassed", "CertificateIssued"),
                        "description",
                        "Learning platform, story run " + actors.run))
                .post("/api/v1/webhooks/endpoints")
                .then()
                .statusCode(201)
                .body("enabled", equalTo(true))
                .body("secret", startsWith("whsec_"))
                .extract()
                .jsonPath();
        endpointId = registered.getString("id");
        secret = registered.getString("secret");
        Steps.log("Partner endpoint %s registered at %s", endpointId, url);
    }

    /**
     * Waits until the receiver got an event of {@code type} about {@code subject} (the mentorship id, the CloudEvent's
     * subject), checks its signature and shape, and answers it; the delivery log shows it delivered.
     */
    Delivery awaitDelivery(String type, String subject) throws Exception {
        Delivery delivery = Steps.eventually(
                        "a " + type + " webhook about " + subject,
                        () -> received.stream()
                                .filter(d -> type.equals(d.event().getString("type"))
                                        && subject.equals(d.event().getString("subject")))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertEquals("application/cloudevents+json", delivery.contentType());
        assertEquals(delivery.id(), delivery.event().getString("id"), "webhook-id is the CloudEvent id");
        assertEquals("1.0", delivery.event().getString("specversion"));
        assertTrue(signedBy(delivery, secret), "the webhook-signature verifies with the endpoint's secret");
        Steps.eventually(
                "the delivery log shows " + delivery.id() + " delivered",
                () -> sys.as(actors.partner())
                        .get("/api/v1/webhooks/endpoints/" + endpointId + "/deliveries?size=100")
                        .then()
                        .statusCode(200)
                        .body("items.find { it.eventId == '" + delivery.id() + "' }.status", equalTo("DELIVERED")));
        Steps.log("Partner got %s about %s, signature verified", type, subject);
        return delivery;
    }

    /** Standard Webhooks: v1,base64(HMAC-SHA256(base64-decoded secret after whsec_, "{id}.{timestamp}.{body}")). */
    static boolean signedBy(Delivery d, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((d.id() + "." + d.timestamp() + "." + d.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : d.signature().split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }
}
