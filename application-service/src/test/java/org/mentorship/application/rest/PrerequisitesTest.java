package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class PrerequisitesTest {

    private static final String PR = "https://github.com/org/repo/pull/7";

    @Test
    void submitReturnResubmitApprove() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("pam");
        UUID application = Scenario.applicant(user, project);
        String task = Scenario.taskIds(Tokens.mentee(user), application).get(0);
        String path = "/api/v1/applications/" + application + "/prerequisites/" + task;

        Scenario.submitEvidence(user, application, task, PR)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .contentType("application/json")
                .body("{\"comment\":\"Not merged yet\"}")
                .post(path + "/return")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("reviewComment", equalTo("Not merged yet"));
        Scenario.submitEvidence(user, application, task, PR + "#merged")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        Scenario.approve("mia", application, task)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("reviewedBy", equalTo("mia"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application)
                .then()
                .body("nextStep.action", equalTo("AWAIT_DECISION"))
                .body("prerequisitesApproved", equalTo(1));
    }

    @Test
    void anApprovedPrerequisiteCannotBeResubmitted() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("pam");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        String task = Scenario.taskIds(Tokens.mentee(user), application).get(0);
        Scenario.submitEvidence(user, application, task, PR)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "prerequisite-already-approved"));
    }

    @Test
    void onlySubmittedEvidenceIsReviewedAndOnlyByTheProjectsMentors() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("pam");
        UUID application = Scenario.applicant(user, project);
        String task = Scenario.taskIds(Tokens.mentee(user), application).get(0);
        Scenario.approve("mia", application, task)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "prerequisite-not-submitted"));
        Scenario.submitEvidence(user, application, task, PR).then().statusCode(200);
        Scenario.approve("otto", application, task)
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application + "/prerequisites")
                .then()
                .body("[0].status", equalTo("SUBMITTED"));
    }

    @Test
    void aLinkTaskNeedsALink() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("pam");
        UUID application = Scenario.applicant(user, project);
        String task = Scenario.taskIds(Tokens.mentee(user), application).get(0);
        Scenario.submitEvidence(user, application, task, "I did it, trust me")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "evidence-not-a-link"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application + "/prerequisites")
                .then()
                .body("[0].status", equalTo("NOT_STARTED"));
    }

    @Test
    void nothingIsSubmittedAfterTheReviewPeriodEnds() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("pam");
        UUID application = Scenario.applicant(user, project);
        String task = Scenario.taskIds(Tokens.mentee(user), application).get(0);
        Scenario.advance(Duration.ofDays(17)); // closes in 2 days + 14 days of review
        Scenario.submitEvidence(user, application, task, PR)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "review-period-ended"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application + "/prerequisites")
                .then()
                .body("[0].status", equalTo("NOT_STARTED"));
    }
}
