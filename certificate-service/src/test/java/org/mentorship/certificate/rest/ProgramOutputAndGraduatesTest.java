package org.mentorship.certificate.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.CompletionRequirementsOpened;
import org.mentorship.testsupport.Tokens;

/**
 * The program output MentorshipCompleted carries is named on the letter; the survey opens with
 * CompletionRequirementsOpened; the public list of graduates shows only opted-in holders of a valid letter.
 */
@QuarkusTest
class ProgramOutputAndGraduatesTest {

    private static final String WORK = "https://github.com/cnsf/storage/pulls?q=author:ana";

    @Test
    void theLetterNamesTheWorkProductAndVerifiesWithIt() throws Exception {
        Program p = Program.next().onboard();
        Program.publish(p.completed(WORK, "Logging landed."));
        p.awaitCompleted();
        p.answerSurvey().then().statusCode(201);
        UUID id = UUID.fromString(p.awaitRecord("CERTIFIED").getString("certificateId"));

        JsonPath cert = given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + id)
                .then()
                .statusCode(200)
                .body("workProductUrl", equalTo(WORK))
                .extract()
                .jsonPath();
        byte[] pdf = given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + id + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Work product", WORK);
        }
        given().get("/api/v1/certificates/verify/" + cert.getString("verificationCode"))
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("signatureValid", equalTo(true))
                .body("facts.workProductUrl", equalTo(WORK));
    }

    @Test
    void aLetterWithoutAWorkProductNamesNone() throws Exception {
        Program p = Program.next();
        UUID id = p.certify();
        byte[] pdf = given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/certificates/" + id + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Work product");
        }
    }

    @Test
    void theSurveyOpensWithCompletionRequirementsOpenedOnce() {
        Program p = Program.next().onboard();
        var completed = p.completed(WORK, "Report");
        Program.publish(completed);
        Program.publish(completed); // redelivered under another event id: opens nothing again
        JsonPath record = p.awaitCompleted();
        Instant due = Instant.parse(record.getString("requirementsDueAt"));
        assertThat(due).isEqualTo(completed.completedAt().plus(Duration.ofDays(30)));
        assertThat(record.getString("workProductUrl")).isEqualTo(WORK);

        List<ConsumerRecord<String, String>> records = Program.kafka()
                .readUntil(
                        Topics.CERTIFICATES,
                        Duration.ofSeconds(30),
                        rs -> rs.stream().anyMatch(r -> openedOf(r, p.mentorshipId)));
        ConsumerRecord<String, String> opened = records.stream()
                .filter(r -> openedOf(r, p.mentorshipId))
                .findFirst()
                .orElseThrow();
        EventSchemas.validate("CompletionRequirementsOpened", opened.value());
        CompletionRequirementsOpened event = EventJson.read(CompletionRequirementsOpened.class, opened.value());
        assertThat(event.menteeId()).isEqualTo(p.mentee);
        assertThat(event.requirementsDueAt()).isEqualTo(due);
        assertThat(count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type = 'CompletionRequirementsOpened'",
                        p.mentorshipId.toString()))
                .isEqualTo(1);
    }

    @Test
    void onlyOptedInHoldersOfAValidLetterAreListed() {
        Program p = Program.next();
        p.certify();
        graduates(p.termId).then().statusCode(200).body("total", equalTo(0));

        listing(Tokens.mentee("eve" + UUID.randomUUID()), p, true).then().statusCode(404);
        listing(p.mentorToken, p, true).then().statusCode(403);
        listing(Program.COORDINATOR, p, true).then().statusCode(403);
        graduates(p.termId).then().body("total", equalTo(0));

        listing(p.menteeToken, p, true).then().statusCode(200).body("listed", equalTo(true));
        graduates(p.termId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Ana Okafor-Lindqvist"))
                .body("items[0].projectTitle", equalTo("Structured logging for the storage controller"))
                .body("items[0].termName", equalTo("Spring 2026"))
                .body("items[0].verificationUrl", org.hamcrest.Matchers.containsString("/api/v1/certificates/verify/"));
        graduates(UUID.randomUUID()).then().body("total", equalTo(0));

        listing(p.menteeToken, p, false).then().statusCode(200).body("listed", equalTo(false));
        graduates(p.termId).then().body("total", equalTo(0));

        listing(p.menteeToken, p, true).then().statusCode(200);
        String certificate = p.record().getString("certificateId");
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Plagiarised contributions"))
                .post("/api/v1/certificates/" + certificate + "/revoke")
                .then()
                .statusCode(200);
        graduates(p.termId).then().body("total", equalTo(0));
    }

    @Test
    void theListNeedsATerm() {
        given().get("/api/v1/graduates").then().statusCode(400);
    }

    private static Response graduates(UUID term) {
        return given().queryParam("termId", term).get("/api/v1/graduates");
    }

    private static Response listing(String token, Program p, boolean listed) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("listed", listed))
                .put("/api/v1/completions/" + p.mentorshipId + "/public-listing");
    }

    private static boolean openedOf(ConsumerRecord<String, String> r, UUID mentorship) {
        return mentorship.toString().equals(r.key())
                && "CompletionRequirementsOpened"
                        .equals(new String(
                                r.headers().lastHeader(CloudEventHeaders.TYPE).value(),
                                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static long count(String sql, Object... parameters) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var query = io.quarkus.arc.Arc.container()
                    .instance(jakarta.persistence.EntityManager.class)
                    .get()
                    .createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
