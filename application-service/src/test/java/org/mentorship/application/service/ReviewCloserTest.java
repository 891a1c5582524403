package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.application.policy.ReviewPolicy;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class ReviewCloserTest {

    @Inject
    ReviewCloser closer;

    @Test
    void whenTheReviewPeriodEndsWhatWasNotAcceptedIsClosedWithItsReason() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String done = Scenario.unique("ned");
        String idle = Scenario.unique("ida");
        String chosen = Scenario.unique("cid");
        UUID complete = Scenario.applicant(done, project);
        UUID incomplete = Scenario.applicant(idle, project);
        UUID accepted = Scenario.applicant(chosen, project);
        Scenario.completePrerequisites(done, "mia", complete);
        Scenario.completePrerequisites(chosen, "mia", accepted);
        Scenario.acceptEarly(accepted).then().statusCode(200);

        closer.runNow();
        assertThat(Scenario.status(complete)).as("review still running").isEqualTo("SUBMITTED");

        Scenario.advance(Duration.ofDays(16).plusMinutes(1));
        closer.runNow();

        given().auth()
                .oauth2(Tokens.mentee(done))
                .get("/api/v1/applications/" + complete)
                .then()
                .body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo(ReviewPolicy.NOT_SELECTED))
                .body("nextStep.action", equalTo("NONE"));
        given().auth()
                .oauth2(Tokens.mentee(idle))
                .get("/api/v1/applications/" + incomplete)
                .then()
                .body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo(ReviewPolicy.PREREQUISITES_NOT_APPROVED));
        assertThat(Scenario.status(accepted)).isEqualTo("ACCEPTED");
        given().auth()
                .oauth2(Tokens.mentee(idle))
                .get("/api/v1/applications/" + incomplete + "/history")
                .then()
                .body("[-1].to", equalTo("REJECTED"))
                .body("[-1].actor", equalTo("system:review-closer"));
    }

    @Test
    void decisionsAreRefusedOnceTheReviewPeriodEnded() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("ned");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.advance(Duration.ofDays(16).plusMinutes(1));
        Scenario.acceptEarly(application)
                .then()
                .statusCode(409)
                .body("type", equalTo(Scenario.PROBLEMS + "review-period-ended"));
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
    }
}
