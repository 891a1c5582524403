package org.mentorship.certificate.duties;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.testsupport.Tokens;

/**
 * Reads follow the most restrictive role that applies to the record: a mentor never reads an individual survey
 * answer, even when her token also holds mentee (which the endpoint's role check lets through).
 */
@QuarkusTest
class OwnRecordReadsTest {

    @Test
    void aMentorWhoIsAlsoAMenteeDoesNotReadHerMenteesIndividualSurveyAnswers() {
        Program p = Program.next().onboard();
        Program.publish(p.completed());
        p.awaitCompleted();
        p.answerSurvey(9, "keep contributing", "My mentor was great").then().statusCode(201);
        String path = "/api/v1/surveys/answers/" + p.mentorshipId;

        given().auth()
                .oauth2(Tokens.of(p.mentor, "mentor", "mentee"))
                .get(path)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://mentorship.example.org/problems/not-found"));
        given().auth()
                .oauth2(p.menteeToken)
                .get(path)
                .then()
                .statusCode(200)
                .body("answers.comments", equalTo("My mentor was great"));
    }
}
