package org.mentorship.certificate.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.testsupport.Tokens;

/** The feedback survey: open after completion, once per mentorship, valid answers, private free text. */
@QuarkusTest
class SurveyTest {

    @Test
    void theSurveyIsClosedUntilTheFinalEvaluationPassed() {
        Program p = Program.next().onboard();
        p.answerSurvey()
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/survey-not-open"));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/surveys/answers/" + p.mentorshipId)
                .then()
                .statusCode(404);

        Program.publish(p.completed());
        p.awaitCompleted();
        p.answerSurvey().then().statusCode(201).body("answers.mentor-support", equalTo(9));
    }

    @Test
    void oneAnswerPerMentorship() {
        Program p = completedProgram();
        p.answerSurvey(9, "keep contributing", "first").then().statusCode(201);
        p.answerSurvey(2, "other", "second")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/survey-already-answered"));
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/surveys/answers/" + p.mentorshipId)
                .then()
                .statusCode(200)
                .body("answers.comments", equalTo("first"));
    }

    @Test
    void answersMustFitTheirQuestionsAndARefusalStoresNothing() {
        Program p = completedProgram();
        p.answerSurvey(11, "keep contributing", null)
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/invalid-survey-answer"))
                .body("detail", equalTo("'mentor-support' must be a whole number from 0 to 10"));
        p.answerSurvey(5, "maybe", null).then().statusCode(422);
        given().auth()
                .oauth2(p.menteeToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "mentorshipId",
                        p.mentorshipId,
                        "version",
                        Program.survey(),
                        "answers",
                        Map.of("mentor-support", 5, "next-step", "other", "extra", "x")))
                .post("/api/v1/surveys/answers")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(p.menteeToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "mentorshipId",
                        p.mentorshipId,
                        "version",
                        Program.survey(),
                        "answers",
                        Map.of("next-step", "other")))
                .post("/api/v1/surveys/answers")
                .then()
                .statusCode(422)
                .body("detail", equalTo("'mentor-support' is required"));
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/surveys/answers/" + p.mentorshipId)
                .then()
                .statusCode(404);
        p.answerSurvey(0, "other", null).then().statusCode(201);
    }

    @Test
    void onlyTheMenteeOfTheMentorshipAnswers() {
        Program p = completedProgram();
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "mentorshipId", p.mentorshipId, "answers", Map.of("mentor-support", 1, "next-step", "other")))
                .post("/api/v1/surveys/answers")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.mentorToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "mentorshipId", p.mentorshipId, "answers", Map.of("mentor-support", 10, "next-step", "other")))
                .post("/api/v1/surveys/answers")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/surveys/answers/" + p.mentorshipId)
                .then()
                .statusCode(404);
    }

    @Test
    void coordinatorsSeeAggregatesWithTextsMentorsWithoutAndNeverAnIndividualAnswer() {
        Program a = completedProgram();
        Program b = sameProjectAndMentor(a);
        a.answerSurvey(9, "keep contributing", "My mentor was great").then().statusCode(201);
        b.answerSurvey(6, "apply again", "More meetings please").then().statusCode(201);

        JsonPath all = given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("version", Program.survey())
                .queryParam("projectId", a.projectId)
                .get("/api/v1/surveys/results")
                .then()
                .statusCode(200)
                .body("responses", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(all.getDouble("questions.find { it.key == 'mentor-support' }.average"))
                .isEqualTo(7.5);
        assertThat(all.getInt("questions.find { it.key == 'mentor-support' }.distribution.'9'"))
                .isEqualTo(1);
        assertThat(all.getInt("questions.find { it.key == 'next-step' }.distribution.'apply again'"))
                .isEqualTo(1);
        assertThat(all.getList("questions.find { it.key == 'comments' }.texts", String.class))
                .containsExactly("More meetings please", "My mentor was great");

        // Two answers: a mentor could tell them apart, so only their number is shown.
        given().auth()
                .oauth2(a.mentorToken)
                .queryParam("version", Program.survey())
                .queryParam("projectId", a.projectId)
                .get("/api/v1/surveys/results")
                .then()
                .statusCode(200)
                .body("responses", equalTo(2))
                .body("withheldBelow", equalTo(3))
                .body("questions", hasSize(0));

        sameProjectAndMentor(a)
                .answerSurvey(8, "keep contributing", "Thanks")
                .then()
                .statusCode(201);
        String mentorView = given().auth()
                .oauth2(a.mentorToken)
                .queryParam("version", Program.survey())
                .queryParam("projectId", a.projectId)
                .get("/api/v1/surveys/results")
                .then()
                .statusCode(200)
                .body("responses", equalTo(3))
                .body("$", not(hasKey("withheldBelow")))
                .body("questions.find { it.key == 'comments' }", not(hasKey("texts")))
                .body("questions.find { it.key == 'comments' }.answered", equalTo(3))
                .body("questions.find { it.key == 'mentor-support' }.average", equalTo(7.67f))
                .extract()
                .asString();
        assertThat(mentorView).doesNotContain("My mentor was great", "More meetings please", "Thanks");

        given().auth()
                .oauth2(a.mentorToken)
                .get("/api/v1/surveys/answers/" + a.mentorshipId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentor("otto"))
                .queryParam("projectId", a.projectId)
                .get("/api/v1/surveys/results")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(a.mentorToken)
                .get("/api/v1/surveys/results")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(a.menteeToken)
                .get("/api/v1/surveys/results")
                .then()
                .statusCode(403);
    }

    @Test
    void surveysAreVersionedAndValidated() {
        int before = Program.survey();
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body("""
                {"title":"Bad","questions":[{"key":"q","text":"Pick","kind":"CHOICE","required":true},
                                            {"key":"q","text":"Again","kind":"TEXT","required":false}]}""")
                .post("/api/v1/surveys")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://mentorship.example.org/problems/invalid-survey"));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Empty\",\"questions\":[]}")
                .post("/api/v1/surveys")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.mentee("ana"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Mine\",\"questions\":[{\"key\":\"q\",\"text\":\"t\",\"kind\":\"TEXT\"}]}")
                .post("/api/v1/surveys")
                .then()
                .statusCode(403);
        int next = given().auth()
                .oauth2(Program.COORDINATOR)
                .contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"Short\",\"questions\":[{\"key\":\"overall\",\"text\":\"Overall?\",\"kind\":\"RATING\",\"required\":true}]}")
                .post("/api/v1/surveys")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        assertThat(next).isGreaterThan(before);
        given().auth()
                .oauth2(Tokens.mentee("ana"))
                .get("/api/v1/surveys/current")
                .then()
                .statusCode(200)
                .body("version", equalTo(next));
        given().auth()
                .oauth2(Tokens.mentee("ana"))
                .get("/api/v1/surveys/" + before)
                .then()
                .statusCode(200)
                .body("questions[0].key", equalTo("mentor-support"))
                .body("questions[2].options", org.hamcrest.Matchers.empty());
        given().auth()
                .oauth2(Tokens.mentee("ana"))
                .get("/api/v1/surveys/" + (next + 100))
                .then()
                .statusCode(404)
                .body("detail", not(nullValue()));
    }

    static Program completedProgram() {
        Program p = Program.next().onboard();
        Program.publish(p.completed());
        p.awaitCompleted();
        return p;
    }

    /** A mentee of {@code a}'s project with the same mentor, whose mentorship completed. */
    private static Program sameProjectAndMentor(Program a) {
        Program b = Program.next();
        Program.publish(new org.mentorship.contracts.events.MenteeOnboarded(
                b.mentorshipId,
                java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(),
                "Spring 2026",
                a.projectId,
                "Structured logging",
                "CNSF",
                b.mentee,
                "Bo",
                b.mentee + "@example.org",
                java.util.List.of(a.mentor),
                java.util.List.of(),
                3,
                java.time.LocalDate.of(2026, 3, 2),
                java.time.LocalDate.of(2026, 5, 29),
                java.time.Instant.now()));
        b.awaitRecord("OPEN");
        Program.publish(new org.mentorship.contracts.events.MentorshipCompleted(
                b.mentorshipId, b.mentee, a.projectId, java.time.Instant.now()));
        b.awaitCompleted();
        return b;
    }
}
