package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** Each role's part of the dashboard. */
@QuarkusTest
class SummaryTest {

    @Test
    void menteeMentorCoordinatorAndFinanceEachSeeTheirPart() {
        String mentee = Program.user("ana");
        String mentor = Program.user("mia");
        UUID id = Program.started(mentee, List.of(mentor), 25); // evaluation 1 open, due in 3 days

        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("mentorship.id", equalTo(id.toString()))
                .body("mentorship.status", equalTo("ACTIVE"))
                .body("mentorship.nextEvaluation.number", equalTo(1))
                .body("mentorship.tasks.TODO", equalTo(3));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("mentor.activeMentorships", equalTo(1))
                .body("mentor.evaluationsToSubmit", hasSize(1))
                .body("mentor.evaluationsToSubmit[0].overdue", equalTo(false));
        Program.asCoordinator("GET", "/api/v1/me/summary", null)
                .then()
                .statusCode(200)
                .body("coordinator.mentorships.ACTIVE", notNullValue())
                .body("coordinator.overdueEvaluations", notNullValue());
        given().auth()
                .oauth2(Tokens.finance("fiona"))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("$", anEmptyMap());
        given().get("/api/v1/me/summary").then().statusCode(401);
    }
}
