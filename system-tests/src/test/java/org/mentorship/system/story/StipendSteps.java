package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Finance's side: the payments the evaluations earned, approved, exported in a payout file and marked paid. */
final class StipendSteps {

    /** One payment as finance sees it. */
    record Payment(UUID id, int installment, String status) {}

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    StipendSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    List<Payment> payments(String mentee) {
        List<Map<String, Object>> rows = sys.as(actors.finance())
                .queryParam("mentorshipId", story.mentorship(mentee))
                .get("/api/v1/payments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return rows.stream()
                .map(r -> new Payment(UUID.fromString((String) r.get("id")), (Integer) r.get("installment"), (String)
                        r.get("status")))
                .toList();
    }

    /** Waits until the mentee's payments are exactly these installments. */
    List<Payment> awaitInstallments(String mentee, List<Integer> installments) {
        return Steps.eventually(
                actors.id(mentee) + " installments " + installments,
                () -> payments(mentee),
                p -> p.stream().map(Payment::installment).sorted().toList().equals(installments));
    }

    /** Finance approves the mentee's scheduled payment of this installment. */
    UUID approve(String mentee, int installment) {
        Payment p = payments(mentee).stream()
                .filter(x -> x.installment() == installment)
                .findFirst()
                .orElseThrow();
        assertThat(p.status()).isEqualTo("SCHEDULED");
        sys.as(actors.finance())
                .body(Map.of("note", "story"))
                .post("/api/v1/payments/" + p.id() + "/approve")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
        return p.id();
    }

    /**
     * Finance approves the mentees' scheduled payments of this installment in one batch (issue 18): each is approved
     * on its own, and the answer has one result per payment.
     */
    List<UUID> approveAll(int installment, String... mentees) {
        List<UUID> ids = java.util.Arrays.stream(mentees)
                .map(m -> payments(m).stream()
                        .filter(x -> x.installment() == installment)
                        .findFirst()
                        .orElseThrow()
                        .id())
                .toList();
        List<String> results = sys.as(actors.finance())
                .body(Map.of("paymentIds", ids, "note", "story batch"))
                .post("/api/v1/payments/approvals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.result", String.class);
        assertThat(results).containsOnly("APPROVED").hasSize(ids.size());
        Steps.log("Installment %d of %s approved in one batch", installment, List.of(mentees));
        return ids;
    }

    /** Paid payments of the story's term, per currency, as finance's statistics count them. */
    Map<String, Integer> paidPerCurrency() {
        List<Map<String, Object>> currencies = sys.as(actors.finance())
                .queryParam("termId", story.term)
                .get("/api/v1/stipends/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("currencies");
        Map<String, Integer> paid = new java.util.TreeMap<>();
        for (Map<String, Object> c : currencies) {
            paid.put((String) c.get("currency"), (Integer) ((Map<?, ?>) c.get("paid")).get("payments"));
        }
        return paid;
    }

    /** The payout file of every approved payment not yet exported; returns its CSV text. */
    String export() {
        Response file = sys.as(actors.finance())
                .accept("text/csv")
                .queryParam("format", "csv")
                .post("/api/v1/payments/export");
        file.then().statusCode(200);
        Steps.log("Payout file batch %s exported", file.header("X-Export-Batch"));
        return file.asString();
    }

    void markPaid(UUID payment) {
        sys.as(actors.finance())
                .body(Map.of("providerReference", "BANK-" + payment.toString().substring(0, 8)))
                .post("/api/v1/payments/" + payment + "/paid")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PAID"));
    }

    /**
     * The payout provider reports a payment paid: an unauthenticated callback in the Standard Webhooks shape
     * (webhook-id, webhook-timestamp, webhook-signature = "v1," + base64 HMAC-SHA256 of id.timestamp.body), keyed
     * with the bytes of the secret the launcher gave stipend-service ({@code <home>/keys/stipend-payout-callback-secret.b64},
     * base64), naming the transfer by the EndToEndId of its export attempt. A wrong signature is refused first (401)
     * and changes nothing; the same webhook-id again answers 200 with Idempotent-Replayed and changes nothing.
     */
    void paidByCallback(UUID payment) throws Exception {
        int attempt = sys.as(actors.finance())
                .get("/api/v1/payments/" + payment)
                .then()
                .statusCode(200)
                .extract()
                .path("attempts");
        String endToEndId = payment.toString().replace("-", "") + "-" + attempt;
        String body = "{\"endToEndId\":\"" + endToEndId + "\",\"outcome\":\"PAID\",\"reference\":\"PSP-"
                + payment.toString().substring(0, 8) + "\"}";
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String status = sys.as(actors.finance())
                .get("/api/v1/payments/" + payment)
                .then()
                .extract()
                .path("status");
        callback(id, timestamp, "v1," + Base64.getEncoder().encodeToString(new byte[32]), body)
                .then()
                .statusCode(401);
        // A captured report sent again after the 5-minute tolerance: correctly signed, still refused.
        String stale = Long.toString(Instant.now().getEpochSecond() - 600);
        callback(id, stale, sign(id, stale, body), body)
                .then()
                .statusCode(401)
                .body("type", org.hamcrest.Matchers.endsWith("stale-callback"));
        assertThat((String) sys.as(actors.finance())
                        .get("/api/v1/payments/" + payment)
                        .then()
                        .extract()
                        .path("status"))
                .isEqualTo(status);
        String signature = sign(id, timestamp, body);
        callback(id, timestamp, signature, body)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PAID"));
        callback(id, timestamp, signature, body)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("status", org.hamcrest.Matchers.equalTo("PAID"));
    }

    /** A signed report of this outcome for one export attempt of the payment (a fresh webhook-id, timestamp now). */
    Response reportByCallback(UUID payment, int attempt, String outcome) throws Exception {
        String endToEndId = payment.toString().replace("-", "") + "-" + attempt;
        String body = "{\"endToEndId\":\"" + endToEndId + "\",\"outcome\":\"" + outcome + "\""
                + ("PAID".equals(outcome)
                        ? ",\"reference\":\"PSP-LATE-" + attempt + "\""
                        : ",\"reason\":\"IBAN closed\"")
                + "}";
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return callback(id, timestamp, sign(id, timestamp, body), body);
    }

    private String sign(String id, String timestamp, String body) throws Exception {
        String secret = Files.readString(
                        sys.system.home().resolve("keys").resolve("stipend-payout-callback-secret.b64"))
                .trim();
        byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "v1,"
                + Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private Response callback(String id, String timestamp, String signature, String body) {
        return sys.anonymous()
                .contentType("application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", signature)
                .body(body)
                .post("/api/v1/payments/callbacks/payout");
    }

    /**
     * Approve, export and mark paid this installment for every mentee named (by finance, or by the payout provider's
     * signed callback); asserts the payout file carried each one.
     */
    void payInstallment(int installment, boolean byCallback, String... mentees) throws Exception {
        List<UUID> approved =
                mentees.length == 1 ? List.of(approve(mentees[0], installment)) : approveAll(installment, mentees);
        String csv = export();
        for (UUID id : approved) {
            assertThat(csv).contains(id.toString());
            if (byCallback) {
                paidByCallback(id);
            } else {
                markPaid(id);
            }
        }
        Steps.log(
                "Installment %d paid to %s (%s)",
                installment, List.of(mentees), byCallback ? "payout callback" : "finance");
    }

    String agreementStatus(String mentee) {
        return sys.as(actors.finance())
                .get("/api/v1/stipends/" + story.mentorship(mentee))
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }
}
