package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class DecisionsTest {

    @Test
    void acceptingAfterTheReviewMinimumWithdrawsTheOtherOpenApplicationsOfTheTerm() {
        UUID term = Scenario.openTerm();
        UUID chosen = Scenario.project(term, 1, "mia");
        UUID other = Scenario.project(term, 1, "mia");
        String user = Scenario.unique("dan");
        UUID application = Scenario.applicant(user, chosen);
        UUID second = Scenario.apply(user, other);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.advance(Duration.ofDays(14).plusMinutes(1));

        Scenario.decide(application, Map.of("outcome", "ACCEPT", "reason", "Great work"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("nextStep.action", equalTo("SIGN_CONTRACT"));
        assertThat(Scenario.status(second)).isEqualTo("WITHDRAWN");

        var records = new KafkaTestClient(TestKafka.get().bootstrapServers())
                .readUntil(
                        Topics.APPLICATIONS,
                        Duration.ofSeconds(20),
                        rs -> rs.stream()
                                .anyMatch(r -> second.toString().equals(r.key())
                                        && "ApplicationWithdrawn"
                                                .equals(new String(r.headers()
                                                        .lastHeader("ce_type")
                                                        .value()))));
        var accepted = records.stream()
                .filter(r -> application.toString().equals(r.key())
                        && "ApplicationAccepted"
                                .equals(new String(
                                        r.headers().lastHeader("ce_type").value())))
                .findFirst()
                .orElseThrow();
        EventSchemas.validate("ApplicationAccepted", accepted.value());
        var withdrawn = records.stream()
                .filter(r -> second.toString().equals(r.key())
                        && "ApplicationWithdrawn"
                                .equals(new String(
                                        r.headers().lastHeader("ce_type").value())))
                .findFirst()
                .orElseThrow();
        EventSchemas.validate("ApplicationWithdrawn", withdrawn.value());
        assertThat(withdrawn.value()).contains("accepted to another project");
    }

    @Test
    void acceptingBeforeTheReviewMinimumNeedsAnOverrideReasonWhichIsKept() {
        UUID project = Scenario.project(Scenario.openTerm(), 2, "mia");
        String user = Scenario.unique("dan");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        int history = Scenario.historySize(application);

        Scenario.decide(application, Map.of("outcome", "ACCEPT"))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "review-minimum-not-reached"));
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
        assertThat(Scenario.historySize(application)).isEqualTo(history);

        Scenario.decide(application, Map.of("outcome", "ACCEPT", "overrideReason", "Mentor leaves early"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("overrideReason", equalTo("Mentor leaves early"));
    }

    @Test
    void acceptingNeedsEveryPrerequisiteApproved() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("dan");
        UUID application = Scenario.applicant(user, project);
        Scenario.acceptEarly(application)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "prerequisites-incomplete"));
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
    }

    @Test
    void acceptingNeedsAFreeSlot() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String first = Scenario.unique("dan");
        String second = Scenario.unique("dee");
        UUID a = Scenario.applicant(first, project);
        UUID b = Scenario.applicant(second, project);
        Scenario.completePrerequisites(first, "mia", a);
        Scenario.completePrerequisites(second, "mia", b);
        Scenario.acceptEarly(a).then().statusCode(200);
        Scenario.acceptEarly(b).then().statusCode(409).body("type", equalTo(PROBLEMS + "no-free-slot"));
        assertThat(Scenario.status(b)).isEqualTo("SUBMITTED");
    }

    @Test
    void rejectingNeedsAReasonAndOnlyCoordinatorsDecide() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("dan");
        UUID application = Scenario.applicant(user, project);
        Scenario.decide(application, Map.of("outcome", "REJECT"))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "reason-required"));
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .contentType("application/json")
                .body(Map.of("outcome", "REJECT", "reason", "x"))
                .post("/api/v1/applications/" + application + "/decision")
                .then()
                .statusCode(403);
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
        Scenario.decide(application, Map.of("outcome", "REJECT", "reason", "Other applicants fit better"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        var records = new KafkaTestClient(TestKafka.get().bootstrapServers())
                .readUntil(
                        Topics.APPLICATIONS,
                        Duration.ofSeconds(20),
                        rs -> rs.stream()
                                .anyMatch(r -> application.toString().equals(r.key())
                                        && "ApplicationRejected"
                                                .equals(new String(r.headers()
                                                        .lastHeader("ce_type")
                                                        .value()))));
        var rejected = records.stream()
                .filter(r -> application.toString().equals(r.key())
                        && "ApplicationRejected"
                                .equals(new String(
                                        r.headers().lastHeader("ce_type").value())))
                .findFirst()
                .orElseThrow();
        EventSchemas.validate("ApplicationRejected", rejected.value());
        Scenario.decide(application, Map.of("outcome", "REJECT", "reason", "again"))
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "application-not-open"));
    }

    @Test
    void aMentorOfTheProjectRecordsARecommendation() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("dan");
        UUID application = Scenario.applicant(user, project);
        given().auth()
                .oauth2(Tokens.mentor("otto"))
                .contentType("application/json")
                .body(Map.of("recommendation", "ACCEPT"))
                .post("/api/v1/applications/" + application + "/recommendation")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .contentType("application/json")
                .body(Map.of("recommendation", "ACCEPT", "note", "Strong PR"))
                .post("/api/v1/applications/" + application + "/recommendation")
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("ACCEPT"))
                .body("recommendedBy", equalTo("mia"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application)
                .then()
                .body("recommendation", equalTo("ACCEPT"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application)
                .then()
                .body("recommendation", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anAcceptedApplicantWhoDeclinesFreesTheSlot() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String first = Scenario.unique("dan");
        String second = Scenario.unique("dee");
        UUID a = Scenario.applicant(first, project);
        UUID b = Scenario.applicant(second, project);
        Scenario.completePrerequisites(first, "mia", a);
        Scenario.completePrerequisites(second, "mia", b);
        Scenario.acceptEarly(a).then().statusCode(200);
        Scenario.acceptEarly(b).then().statusCode(409);
        given().auth()
                .oauth2(Tokens.mentee(first))
                .contentType("application/json")
                .body("{\"reason\":\"took a job\"}")
                .post("/api/v1/applications/" + a + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Scenario.acceptEarly(b).then().statusCode(200);
    }

    @Test
    void aMenteeIsAcceptedToAtMostOneProjectPerTerm() {
        UUID term = Scenario.openTerm();
        UUID p1 = Scenario.project(term, 1, "mia");
        UUID p2 = Scenario.project(term, 1, "mia");
        String user = Scenario.unique("dan");
        UUID a = Scenario.applicant(user, p1);
        UUID b = Scenario.apply(user, p2);
        Scenario.completePrerequisites(user, "mia", a);
        Scenario.completePrerequisites(user, "mia", b);
        Scenario.acceptEarly(a).then().statusCode(200);
        // b was withdrawn by the acceptance, so it is no longer open to decide.
        Scenario.acceptEarly(b).then().statusCode(409).body("type", equalTo(PROBLEMS + "application-not-open"));
        assertThat(Scenario.status(b)).isEqualTo("WITHDRAWN");
    }
}
