package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class OnboardingTest {

    @Inject
    EntityManager entityManager;

    private static UUID accepted(String user) {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);
        return application;
    }

    private static io.restassured.response.Response sign(String user, UUID application, String version) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType("application/json")
                .header("X-Forwarded-For", "203.0.113.7")
                .body(Map.of("legalName", "Olga Example", "contractVersion", version))
                .post("/api/v1/applications/" + application + "/onboarding/contract");
    }

    private static io.restassured.response.Response checkOff(UUID application, String step) {
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType("application/json")
                .post("/api/v1/applications/" + application + "/onboarding/hr-steps/" + step);
    }

    @Test
    void signingAndEveryHrStepOnboardTheMenteeAndPublishMenteeOnboarded() {
        String user = Scenario.unique("olga");
        UUID application = accepted(user);

        sign(user, application, "2026.1")
                .then()
                .statusCode(200)
                .body("contract.signed", equalTo(true))
                .body("contract.legalName", equalTo("Olga Example"))
                .body("contract.clientAddress", equalTo("203.0.113.7"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application)
                .then()
                .body("nextStep.action", equalTo("COMPLETE_HR_STEPS"));
        checkOff(application, "identity-check").then().statusCode(200);
        checkOff(application, "tax-form").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        String mentorship = checkOff(application, "payout-details")
                .then()
                .statusCode(200)
                .body("status", equalTo("ONBOARDED"))
                .body("mentorshipId", notNullValue())
                .extract()
                .path("mentorshipId");

        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/applications/" + application + "/withdraw")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "application-not-open"));

        var records = new KafkaTestClient(TestKafka.get().bootstrapServers())
                .readUntil(
                        Topics.APPLICATIONS,
                        Duration.ofSeconds(20),
                        rs -> rs.stream().anyMatch(r -> mentorship.equals(r.key())));
        var record = records.stream()
                .filter(r -> mentorship.equals(r.key()))
                .findFirst()
                .orElseThrow();
        EventSchemas.validate("MenteeOnboarded", record.value());
        MenteeOnboarded event = (MenteeOnboarded) EventJson.read("MenteeOnboarded", record.value());
        assertThat(event.applicationId()).isEqualTo(application);
        assertThat(event.menteeId()).isEqualTo(user);
        assertThat(event.menteeName()).isEqualTo("Olga Example");
        assertThat(event.mentorIds()).containsExactly("mia");
        assertThat(event.mentorContacts())
                .containsExactly(new MenteeOnboarded.MentorContact("mia", "mia@mentors.example.org"));
        assertThat(event.evaluationCount()).isEqualTo(3);
        assertThat(event.programEnd()).isAfter(event.programStart());
        assertThat(event.menteeEmail()).isEqualTo(user + "@example.org");
    }

    @Test
    void mentorsSeeThatTheContractIsSignedButNotTheMenteesLegalNameOrAddress() {
        String user = Scenario.unique("olga");
        UUID application = accepted(user);
        sign(user, application, "2026.1").then().statusCode(200);
        String onboarding = "/api/v1/applications/" + application + "/onboarding";

        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .get(onboarding)
                .then()
                .statusCode(200)
                .body("contract.signed", equalTo(true))
                .body("contract.signedVersion", equalTo("2026.1"))
                .body("contract.signedAt", notNullValue())
                .body("contract.legalName", nullValue())
                .body("contract.clientAddress", nullValue());
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get(onboarding)
                .then()
                .statusCode(200)
                .body("contract.legalName", equalTo("Olga Example"))
                .body("contract.clientAddress", equalTo("203.0.113.7"));
        given().auth()
                .oauth2(COORDINATOR)
                .get(onboarding)
                .then()
                .statusCode(200)
                .body("contract.legalName", equalTo("Olga Example"))
                .body("contract.clientAddress", equalTo("203.0.113.7"));
    }

    @Test
    void theContractIsSignedOnceInItsCurrentVersionAndTheSnapshotNeverChanges() {
        String user = Scenario.unique("olga");
        UUID application = accepted(user);
        sign(user, application, "1999.1")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "contract-version-mismatch"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application + "/onboarding")
                .then()
                .body("contract.signed", equalTo(false));
        sign(user, application, "2026.1").then().statusCode(200);
        sign(user, application, "2026.1")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "contract-already-signed"));
        sign(Scenario.unique("eve"), application, "2026.1").then().statusCode(404);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery(
                                        "update contract_signature set legal_name = 'Forged' where application_id = ?1")
                                .setParameter(1, application)
                                .executeUpdate()))
                .hasStackTraceContaining("immutable");
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/onboarding")
                .then()
                .body("contract.legalName", equalTo("Olga Example"));
    }

    @Test
    void hrStepsAreCheckedOffOnceByCoordinatorsOnly() {
        String user = Scenario.unique("olga");
        UUID application = accepted(user);
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType("application/json")
                .post("/api/v1/applications/" + application + "/onboarding/hr-steps/tax-form")
                .then()
                .statusCode(403);
        checkOff(application, "tax-form").then().statusCode(200);
        checkOff(application, "tax-form").then().statusCode(409).body("type", equalTo(PROBLEMS + "hr-step-done"));
        checkOff(application, "no-such-step").then().statusCode(404);
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/onboarding")
                .then()
                .body("hrSteps.step", equalTo(List.of("identity-check", "tax-form", "payout-details")))
                .body("hrSteps.done", equalTo(List.of(false, true, false)));
    }

    @Test
    void onboardingStartsOnlyAfterAcceptance() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("olga");
        UUID application = Scenario.applicant(user, project);
        sign(user, application, "2026.1").then().statusCode(409).body("type", equalTo(PROBLEMS + "not-accepted"));
        checkOff(application, "tax-form").then().statusCode(409).body("type", equalTo(PROBLEMS + "not-accepted"));
    }
}
