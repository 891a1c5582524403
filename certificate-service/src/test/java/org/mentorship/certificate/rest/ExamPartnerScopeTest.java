package org.mentorship.certificate.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.testsupport.Tokens;

/**
 * A partner system records attempts only of the exams a coordinator registered it for, and only attempts taken
 * during the mentorship; each refusal records nothing. Written as the attacks: a partner token recording a pass of an
 * exam it was never registered for, and back-dating one to before the mentorship.
 */
@QuarkusTest
class ExamPartnerScopeTest {

    private static final String LMS = Tokens.partner(Program.LMS_PARTNER);
    private static final String OTHER_PARTNER = Tokens.partner("quiz-site");

    @Test
    void aPartnerNotRegisteredForTheExamCannotRecordAPass() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        p.recordExam(OTHER_PARTNER, exam, 100)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://mentorship.example.org/problems/partner-not-registered"));
        assertThat(attempts(p)).isZero();

        given().auth()
                .oauth2(Program.COORDINATOR)
                .put("/api/v1/exams/definitions/" + exam + "/partners/quiz-site")
                .then()
                .statusCode(200)
                .body("partnerId", equalTo("quiz-site"))
                .body("registeredBy", equalTo("cora"));
        p.recordExam(OTHER_PARTNER, exam, 60).then().statusCode(201).body("recordedBy", equalTo("quiz-site"));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/exams/definitions/" + exam + "/partners")
                .then()
                .statusCode(200)
                .body("partnerId", contains("lms", "quiz-site"));

        given().auth()
                .oauth2(Program.COORDINATOR)
                .delete("/api/v1/exams/definitions/" + exam + "/partners/quiz-site")
                .then()
                .statusCode(204);
        p.recordExam(OTHER_PARTNER, exam, 100).then().statusCode(403);
        assertThat(attempts(p)).isEqualTo(1);
    }

    @Test
    void onlyACoordinatorRegistersPartners() {
        // Of a project of its own: a required program-wide exam would apply to every other test's mentorship.
        UUID exam = Program.defineExam("Open source basics", UUID.randomUUID(), 70, true);
        for (String token : new String[] {LMS, Tokens.mentor("mia"), Tokens.mentee("ana")}) {
            given().auth()
                    .oauth2(token)
                    .put("/api/v1/exams/definitions/" + exam + "/partners/quiz-site")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(Program.COORDINATOR)
                .put("/api/v1/exams/definitions/" + UUID.randomUUID() + "/partners/x")
                .then()
                .statusCode(404);
    }

    @Test
    void anAttemptBackDatedToBeforeTheMentorshipOrInTheFutureIsRefused() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        record(p, exam, Instant.parse("2001-01-01T00:00:00Z"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/taken-before-mentorship"));
        record(p, exam, Instant.parse("2100-01-01T00:00:00Z"))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/taken-in-future"));
        assertThat(attempts(p)).isZero();
    }

    private static Response record(Program p, UUID exam, Instant takenAt) {
        return given().auth()
                .oauth2(LMS)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "examId", exam, "mentorshipId", p.mentorshipId, "score", 100, "takenAt", takenAt.toString()))
                .post("/api/v1/exams/results");
    }

    private static int attempts(Program p) {
        return given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("mentorshipId", p.mentorshipId)
                .get("/api/v1/exams/results")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
    }
}
