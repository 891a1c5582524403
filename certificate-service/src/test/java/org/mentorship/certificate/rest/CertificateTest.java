package org.mentorship.certificate.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.testsupport.TestSmtp;
import org.mentorship.testsupport.Tokens;

/** Verification (public, signature checked every time), tampering, revocation and the owner's PDF. */
@QuarkusTest
class CertificateTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anyoneVerifiesAValidCodeWithoutSigningIn() {
        Program p = Program.next();
        UUID id = p.certify();
        String code = code(id);
        given().get("/api/v1/certificates/verify/" + code)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("valid", equalTo(true))
                .body("signatureValid", equalTo(true))
                .body("facts.menteeName", equalTo("Ana Okafor-Lindqvist"))
                .body("facts.projectTitle", equalTo("Structured logging for the storage controller"))
                .body("facts.organization", equalTo("Cloud Native Storage Foundation"))
                .body("facts.termName", equalTo("Spring 2026"))
                .body("facts.programStart", equalTo("2026-03-02"));
        // Typed by hand: lower case, no dashes.
        given().get("/api/v1/certificates/verify/" + code.toLowerCase().replace("-", ""))
                .then()
                .statusCode(200)
                .body("verificationCode", equalTo(code));
    }

    @Test
    void aTamperedCertificateFailsVerification() {
        Program p = Program.next();
        UUID id = p.certify();
        String code = code(id);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update certificate set project_title = 'Kernel maintainer programme' where id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());

        given().get("/api/v1/certificates/verify/" + code)
                .then()
                .statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("valid", equalTo(false))
                .body("signatureValid", equalTo(false))
                .body("facts", nullValue());
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + id + "/pdf")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/certificate-invalid"));

        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update certificate set project_title = 'Structured logging for the storage controller', "
                                        + "issued_at = issued_at + interval '1 second' where id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());
        given().get("/api/v1/certificates/verify/" + code).then().body("status", equalTo("INVALID"));
    }

    @Test
    void aRevokedCertificateVerifiesAsRevokedAndRevokedIsPublished() {
        Program p = Program.next();
        UUID id = p.certify();
        String code = code(id);
        given().auth()
                .oauth2(p.menteeToken)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "mine"))
                .post("/api/v1/certificates/" + id + "/revoke")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post("/api/v1/certificates/" + id + "/revoke")
                .then()
                .statusCode(400);
        given().get("/api/v1/certificates/verify/" + code).then().body("status", equalTo("VALID"));

        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Plagiarised contributions"))
                .post("/api/v1/certificates/" + id + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("history.to", org.hamcrest.Matchers.contains("VALID", "REVOKED"))
                .body("history[1].actor", equalTo("cora"));
        given().get("/api/v1/certificates/verify/" + code)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("valid", equalTo(false))
                .body("signatureValid", equalTo(true))
                .body("revocationReason", equalTo("Plagiarised contributions"))
                .body("facts.menteeName", equalTo("Ana Okafor-Lindqvist"));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .post("/api/v1/certificates/" + id + "/revoke")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/certificate-already-revoked"));

        List<ConsumerRecord<String, String>> records = Program.kafka()
                .readUntil(
                        Topics.CERTIFICATES,
                        Duration.ofSeconds(30),
                        rs -> rs.stream().anyMatch(r -> revokedOf(r, id)));
        ConsumerRecord<String, String> revoked =
                records.stream().filter(r -> revokedOf(r, id)).findFirst().orElseThrow();
        EventSchemas.validate("CertificateRevoked", revoked.value());
        assertThat(revoked.value()).contains("Plagiarised contributions", code);
        assertThat(records.stream().filter(r -> revokedOf(r, id)).count()).isEqualTo(1);
    }

    @Test
    void anUnknownCodeIs404ProblemDetails() {
        given().get("/api/v1/certificates/verify/0000-0000-0000-0000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentorship.example.org/problems/certificate-unknown"));
    }

    @Test
    void theOwnerDownloadsThePdfAndItHoldsTheFacts() throws Exception {
        Program p = Program.next();
        UUID id = p.certify();
        JsonPath cert = given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        byte[] pdf = given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + id + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text)
                .contains(
                        "Letter of Completion",
                        "Ana Okafor-Lindqvist",
                        "Structured logging for the storage controller",
                        "Cloud Native Storage Foundation",
                        "Spring 2026 (2 March 2026 to 29 May 2026)",
                        cert.getString("verificationCode"),
                        cert.getString("verificationUrl"));
        System.out.println("=== Sample Letter of Completion, text extracted with PDFBox ===\n" + text + "=== end ===");

        for (String other : List.of(Tokens.mentee("eve"), Program.COORDINATOR, p.mentorToken, Tokens.partner("lms"))) {
            given().auth()
                    .oauth2(other)
                    .get("/api/v1/certificates/" + id + "/pdf")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/certificates/" + id + "/pdf").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .get("/api/v1/certificates/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id.toString()));
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .queryParam("menteeId", p.mentee)
                .get("/api/v1/certificates")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id.toString())));
    }

    @Test
    void theMenteeIsMailedTheirLetterOnce() throws Exception {
        Program p = Program.next();
        UUID id = p.certify();
        String to = p.mentee + "@example.org";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestSmtp.messagesTo(to).isEmpty());
        var message = TestSmtp.messagesTo(to).get(0);
        assertThat(message.getSubject()).isEqualTo("Your Letter of Completion");
        assertThat(message.getMessageID()).isEqualTo("<certificate-" + id + "@mentorship.example.org>");
        var multipart = (jakarta.mail.Multipart) message.getContent();
        boolean hasPdf = false;
        for (int i = 0; i < multipart.getCount(); i++) {
            hasPdf |= multipart.getBodyPart(i).getContentType().startsWith("application/pdf");
        }
        assertThat(hasPdf).as("PDF attached").isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> given().auth()
                                .oauth2(p.menteeToken)
                                .get("/api/v1/certificates/" + id)
                                .then()
                                .extract()
                                .path("mailedAt")
                        != null);
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + id)
                .then()
                .body("mail.state", equalTo("SENT"))
                .body("mail.attempts", equalTo(1));

        // A sentinel: a letter issued later is mailed by a later run of the job (letters are taken in the order of
        // issue), so once it is in, every run that could have mailed the first letter again is over.
        awaitLetterOf(Program.next());
        assertThat(TestSmtp.messagesTo(to)).hasSize(1);
    }

    @Test
    void aLetterSentAgainAfterALostMarkIsRecognisablyTheSameMessage() throws Exception {
        Program p = Program.next();
        UUID id = p.certify();
        String to = p.mentee + "@example.org";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestSmtp.messagesTo(to).size() == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> given().auth()
                                .oauth2(p.menteeToken)
                                .get("/api/v1/certificates/" + id)
                                .then()
                                .extract()
                                .path("mailedAt")
                        != null);
        // As if the replica died between the send and its mark: the mark is lost and the lease has run out.
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update certificate set mailed_at = null, mail_claimed_by = null, mail_lease_until = null where id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestSmtp.messagesTo(to).size() == 2);
        List<String> ids = new java.util.ArrayList<>();
        for (var message : TestSmtp.messagesTo(to)) {
            ids.add(message.getMessageID());
        }
        assertThat(ids).containsOnly("<certificate-" + id + "@mentorship.example.org>");
    }

    private static void awaitLetterOf(Program sentinel) {
        sentinel.certify();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        !TestSmtp.messagesTo(sentinel.mentee + "@example.org").isEmpty());
    }

    @Test
    void thePublicKeyIsPublished() {
        given().get("/api/v1/certificates/verify/public-key")
                .then()
                .statusCode(200)
                .body("algorithm", equalTo("Ed25519"))
                .body("key", equalTo("MCowBQYDK2VwAyEAHdKEoEuF655Gb79e0TLG8QrEo9oQ0S3l3B0QHFYIUDQ="));
    }

    private static boolean revokedOf(ConsumerRecord<String, String> r, UUID id) {
        return r.value().contains(id.toString())
                && new String(r.headers().lastHeader("ce_type").value()).equals("CertificateRevoked");
    }

    private static String code(UUID id) {
        return given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/certificates/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("verificationCode");
    }
}
