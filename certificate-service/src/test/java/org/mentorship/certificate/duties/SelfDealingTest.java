package org.mentorship.certificate.duties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.testsupport.Tokens;

/**
 * Separation of duties for completion: a token holding coordinator or partner next to mentee does not let its user
 * record exam results for her own mentorship (a pass may issue her letter) or revoke her own certificate. Each test is
 * the attack; each answer is 403 self-dealing, and the record reads as before.
 */
@QuarkusTest
class SelfDealingTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    @Test
    void nobodyRecordsAnExamResultForHerOwnMentorship() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        // Her learning platform account, registered for the exam like any partner system.
        given().auth()
                .oauth2(Program.COORDINATOR)
                .put("/api/v1/exams/definitions/" + exam + "/partners/" + p.mentee)
                .then()
                .statusCode(200);

        selfDealing(p.recordExam(Tokens.of(p.mentee, "coordinator", "mentee"), exam, 95));
        selfDealing(p.recordExam(Tokens.of(p.mentee, "partner", "mentee"), exam, 95));

        given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("mentorshipId", p.mentorshipId)
                .get("/api/v1/exams/results")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        assertThat(p.record().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aCoordinatorDoesNotRevokeHerOwnCertificate() {
        Program p = Program.next();
        UUID id = p.certify();

        selfDealing(given().auth()
                .oauth2(Tokens.of(p.mentee, "coordinator", "mentee"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Start over"))
                .post("/api/v1/certificates/" + id + "/revoke"));

        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/certificates/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("history.size()", equalTo(1));
    }

    private static void selfDealing(Response response) {
        response.then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "self-dealing"));
    }
}
