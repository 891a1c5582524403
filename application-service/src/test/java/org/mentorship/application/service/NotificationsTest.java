package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.TestSmtp;

@QuarkusTest
class NotificationsTest {

    @Test
    void anAcceptedApplicantWhoPrefersEmailIsMailedOverSmtp() throws Exception {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("eli");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !TestSmtp.messagesTo(user + "@example.org").isEmpty());
        var mail = TestSmtp.messagesTo(user + "@example.org").get(0);
        assertThat(mail.getSubject()).startsWith("You were accepted");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("program@mentorship.local");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().auth()
                        .oauth2(COORDINATOR)
                        .get("/api/v1/applications/" + application + "/notifications")
                        .then()
                        .body("[0].state", equalTo("SENT"))
                        .body("[0].attempts", equalTo(1)));
    }

    @Test
    void theAcceptanceNamesTheOtherApplicationsItWithdrew() throws Exception {
        UUID term = Scenario.openTerm();
        UUID chosen = Scenario.project(term, 1, "mia");
        UUID other = Scenario.project(term, 1, "mia");
        String user = Scenario.unique("eva");
        UUID application = Scenario.applicant(user, chosen);
        Scenario.apply(user, other);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !TestSmtp.messagesTo(user + "@example.org").isEmpty());
        var mails = TestSmtp.messagesTo(user + "@example.org");
        assertThat(mails).hasSize(1); // one message, not a second one for the withdrawal
        String otherTitle =
                given().get("/api/v1/projects/" + other).then().extract().path("title");
        assertThat(mails.get(0).getContent().toString())
                .contains("other applications of this term were withdrawn: '" + otherTitle + "' (CNCF)");
    }

    @Test
    void aRejectedApplicantIsMailedTheReason() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("eli");
        UUID application = Scenario.applicant(user, project);
        Scenario.decide(application, java.util.Map.of("outcome", "REJECT", "reason", "not selected this time"))
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !TestSmtp.messagesTo(user + "@example.org").isEmpty());
    }

    @Test
    void anApplicantWhoPrefersThePhoneGetsACallTaskThatIsClosedOnce() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("phil");
        Scenario.profile(user, "PHONE");
        UUID application = Scenario.apply(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);

        String task = given().auth()
                .oauth2(COORDINATOR)
                .queryParam("applicationId", application)
                .queryParam("status", "OPEN")
                .get("/api/v1/call-tasks")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].phone", equalTo("+1 555 0100"))
                .body("items[0].script", containsString("accepted"))
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/notifications")
                .then()
                .body("size()", equalTo(0));

        given().auth()
                .oauth2(COORDINATOR)
                .contentType("application/json")
                .body("{\"note\":\"reached them\"}")
                .post("/api/v1/call-tasks/" + task + "/done")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("doneBy", equalTo("cora"));
        given().auth()
                .oauth2(COORDINATOR)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/call-tasks/" + task + "/done")
                .then()
                .statusCode(409)
                .body("type", equalTo(Scenario.PROBLEMS + "call-task-closed"));
        given().auth()
                .oauth2(COORDINATOR)
                .queryParam("applicationId", application)
                .get("/api/v1/call-tasks")
                .then()
                .body("items[0].note", equalTo("reached them"));
    }
}
