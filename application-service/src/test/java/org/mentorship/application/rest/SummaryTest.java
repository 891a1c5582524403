package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mentorship.application.Scenario.COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class SummaryTest {

    @Test
    void eachRoleGetsItsPartOfTheDashboard() {
        String mentor = Scenario.unique("max");
        UUID project = Scenario.project(Scenario.openTerm(), 1, mentor);
        String user = Scenario.unique("sue");
        UUID application = Scenario.applicant(user, project);
        String task = Scenario.taskIds(Tokens.mentee(user), application).get(0);
        Scenario.submitEvidence(user, application, task, "https://github.com/org/repo/pull/3")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("applicationsByStatus.SUBMITTED", equalTo(1))
                .body("open", hasSize(1))
                .body("open[0].nextStep.action", equalTo("COMPLETE_PREREQUISITES"));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("projectsMentored", equalTo(1))
                .body("prerequisitesAwaitingReview", equalTo(1));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("applicationsByStatus.SUBMITTED", greaterThanOrEqualTo(1));
        given().auth()
                .oauth2(Tokens.finance("fiona"))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().get("/api/v1/me/summary").then().statusCode(401);
    }
}
