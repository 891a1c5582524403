package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restassured.response.Response;

/** Finance's side: the payments the evaluations earned, approved, exported in a payout file and marked paid. */
final class StipendSteps {

    /** One payment as finance sees it. */
    record Payment(UUID id, int installment, String status) {
    }

    private final StorySystem sys;
    private final Actors actors;
    private final Story story;

    StipendSteps(StorySystem sys, Actors actors, Story story) {
        this.sys = sys;
        this.actors = actors;
        this.story = story;
    }

    List<Payment> payments(String mentee) {
        List<Map<String, Object>> rows = sys.as(actors.finance()).queryParam("mentorshipId", story.mentorship(mentee))
                .get("/api/v1/payments").then().statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().map(r -> new Payment(UUID.fromString((String) r.get("id")), (Integer) r.get("installment"),
                (String) r.get("status"))).toList();
    }

    /** Waits until the mentee's payments are exactly these installments. */
    List<Payment> awaitInstallments(String mentee, List<Integer> installments) {
        return Steps.eventually(actors.id(mentee) + " installments " + installments, () -> payments(mentee),
                p -> p.stream().map(Payment::installment).sorted().toList().equals(installments));
    }

    /** Finance approves the mentee's scheduled payment of this installment. */
    UUID approve(String mentee, int installment) {
        Payment p = payments(mentee).stream().filter(x -> x.installment() == installment).findFirst().orElseThrow();
        assertThat(p.status()).isEqualTo("SCHEDULED");
        sys.as(actors.finance()).body(Map.of("note", "story")).post("/api/v1/payments/" + p.id() + "/approve")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
        return p.id();
    }

    /** The payout file of every approved payment not yet exported; returns its CSV text. */
    String export() {
        Response file = sys.as(actors.finance()).accept("text/csv").queryParam("format", "csv").post("/api/v1/payments/export");
        file.then().statusCode(200);
        Steps.log("Payout file batch %s exported", file.header("X-Export-Batch"));
        return file.asString();
    }

    void markPaid(UUID payment) {
        sys.as(actors.finance()).body(Map.of("providerReference", "BANK-" + payment.toString().substring(0, 8)))
                .post("/api/v1/payments/" + payment + "/paid").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PAID"));
    }

    /**
     * The payout provider reports a payment paid: an unauthenticated callback signed with HMAC-SHA256 of the body
     * under the secret the launcher gave stipend-service ({@code <home>/keys/stipend-payout-callback-secret.b64}).
     * A wrong signature is refused first (401) and changes nothing.
     */
    void paidByCallback(UUID payment) throws Exception {
        String secret = Files.readString(sys.system.home().resolve("keys").resolve("stipend-payout-callback-secret.b64")).trim();
        String body = "{\"paymentId\":\"" + payment + "\",\"outcome\":\"PAID\",\"reference\":\"PSP-"
                + payment.toString().substring(0, 8) + "\"}";
        sys.anonymous().contentType("application/json").header("X-Payout-Signature", "sha256=" + "00".repeat(32)).body(body)
                .post("/api/v1/payments/callbacks/payout").then().statusCode(401);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        sys.anonymous().contentType("application/json").header("X-Payout-Signature", "sha256=" + signature).body(body)
                .post("/api/v1/payments/callbacks/payout").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PAID"));
    }

    /**
     * Approve, export and mark paid this installment for every mentee named (by finance, or by the payout provider's
     * signed callback); asserts the payout file carried each one.
     */
    void payInstallment(int installment, boolean byCallback, String... mentees) throws Exception {
        List<UUID> approved = java.util.Arrays.stream(mentees).map(m -> approve(m, installment)).toList();
        String csv = export();
        for (UUID id : approved) {
            assertThat(csv).contains(id.toString());
            if (byCallback) {
                paidByCallback(id);
            } else {
                markPaid(id);
            }
        }
        Steps.log("Installment %d paid to %s (%s)", installment, List.of(mentees), byCallback ? "payout callback" : "finance");
    }

    String agreementStatus(String mentee) {
        return sys.as(actors.finance()).get("/api/v1/stipends/" + story.mentorship(mentee)).then().statusCode(200)
                .extract().path("status");
    }
}
