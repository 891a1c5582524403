package org.mentorship.certificate.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.testsupport.Tokens;

/** Exam definitions and attempts: who may record, every attempt kept, refusals change nothing. */
@QuarkusTest
class ExamTest {

    private static final String LMS = Tokens.partner("lms");

    @Test
    void aCoordinatorDefinesExamsAndOthersCannot() {
        UUID project = UUID.randomUUID();
        UUID exam = Program.defineExam("Storage internals", project, 70, true);
        given().auth()
                .oauth2(Tokens.mentee("ana"))
                .get("/api/v1/exams/definitions/" + exam)
                .then()
                .statusCode(200)
                .body("name", equalTo("Storage internals"))
                .body("passMark", equalTo(70))
                .body("required", equalTo(true));
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .queryParam("projectId", project)
                .get("/api/v1/exams/definitions")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(exam.toString()))
                .body("page", equalTo(0));

        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Sneaky", "passMark", 10, "required", true))
                .post("/api/v1/exams/definitions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "", "passMark", 101, "required", true))
                .post("/api/v1/exams/definitions")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://mentorship.example.org/problems/validation-failed"))
                .body("errors.field", contains("name", "passMark"));
        // The one page rule of every list (platform PageRequest): a size above 100 is capped, a negative page refused.
        given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("size", 1000)
                .get("/api/v1/exams/definitions")
                .then()
                .statusCode(200)
                .body("size", equalTo(100));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("page", -1)
                .get("/api/v1/exams/definitions")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://mentorship.example.org/problems/invalid-page"));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("page", Integer.MAX_VALUE)
                .get("/api/v1/exams/definitions")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://mentorship.example.org/problems/invalid-page"));
    }

    @Test
    void aPartnerAndACoordinatorRecordAttemptsAndEveryAttemptIsKept() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        p.recordExam(LMS, exam, 55)
                .then()
                .statusCode(201)
                .body("passed", equalTo(false))
                .body("recorderRole", equalTo("partner"))
                .body("recordedBy", equalTo("lms"))
                .body("menteeId", equalTo(p.mentee));
        p.recordExam(Program.COORDINATOR, exam, 70)
                .then()
                .statusCode(201)
                .body("passed", equalTo(true))
                .body("recorderRole", equalTo("coordinator"));
        p.recordExam(LMS, exam, 90).then().statusCode(201);

        given().auth()
                .oauth2(p.menteeToken)
                .queryParam("mentorshipId", p.mentorshipId)
                .get("/api/v1/exams/results")
                .then()
                .statusCode(200)
                .body("score", contains(55, 70, 90))
                .body("passed", contains(false, true, true));
        given().auth()
                .oauth2(LMS)
                .queryParam("mentorshipId", p.mentorshipId)
                .get("/api/v1/exams/results")
                .then()
                .statusCode(200)
                .body("score", contains(55, 90));
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .queryParam("mentorshipId", p.mentorshipId)
                .get("/api/v1/exams/results")
                .then()
                .statusCode(404);
        assertThat(p.record().getList("requirements.detail", String.class))
                .anyMatch(d -> d.contains("Passed: best score 90 of pass mark 70 after 3 attempt(s)"));
    }

    @Test
    void menteesAndMentorsCannotRecordResults() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        p.recordExam(p.menteeToken, exam, 100).then().statusCode(403);
        p.recordExam(p.mentorToken, exam, 100).then().statusCode(403);
        assertThat(results(p)).isZero();
    }

    @Test
    void anExamOfAnotherProjectIsRefusedAndNothingIsRecorded() {
        Program p = Program.next().onboard();
        UUID foreign = Program.defineExam("Rust basics", UUID.randomUUID(), 50, true);
        p.recordExam(LMS, foreign, 80)
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/exam-not-applicable"));
        p.recordExam(LMS, UUID.randomUUID(), 80).then().statusCode(404);
        assertThat(results(p)).isZero();
    }

    @Test
    void noResultsForAClosedRecordOrAnUnknownMentorship() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        Program.publish(p.terminated());
        p.awaitRecord("CLOSED");
        p.recordExam(LMS, exam, 80)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/completion-closed"));
        assertThat(results(p)).isZero();
        Program.next().recordExam(LMS, exam, 80).then().statusCode(404);

        Program early = Program.next();
        Program.publish(early.completed()); // the evaluation event overtook the onboarding
        early.awaitCompleted();
        early.recordExam(LMS, exam, 80)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/onboarding-pending"));
        assertThat(results(early)).isZero();
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        Map<String, Object> body = Map.of("examId", exam, "mentorshipId", p.mentorshipId, "score", 64);
        var firstAnswer = given().auth()
                .oauth2(LMS)
                .header("Idempotency-Key", "attempt-1")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exams/results")
                .then()
                .statusCode(201)
                .extract();
        String first = firstAnswer.path("id");
        given().auth()
                .oauth2(LMS)
                .header("Idempotency-Key", "attempt-1")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exams/results")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first))
                .body(equalTo(firstAnswer.asString()));
        given().auth()
                .oauth2(LMS)
                .header("Idempotency-Key", "attempt-1")
                .contentType(ContentType.JSON)
                .body(Map.of("examId", exam, "mentorshipId", p.mentorshipId, "score", 99))
                .post("/api/v1/exams/results")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/idempotency-key-reused"));
        assertThat(results(p)).isEqualTo(1);
    }

    @Test
    void aServerOwnedFieldInTheBodyIsRefused() {
        Program p = Program.next().onboard();
        UUID exam = p.defineExam("Storage internals", 70, true);
        given().auth()
                .oauth2(LMS)
                .contentType(ContentType.JSON)
                .body(Map.of("examId", exam, "mentorshipId", p.mentorshipId, "score", 40, "passed", true))
                .post("/api/v1/exams/results")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://mentorship.example.org/problems/unknown-field"));
        assertThat(results(p)).isZero();
    }

    private static int results(Program p) {
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
