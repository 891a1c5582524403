package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.Scenario.COORDINATOR;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Concurrently;
import org.mentorship.testsupport.Tokens;

/**
 * The mentee signs the contract at the moment a coordinator checks off the last HR step: whichever commits second
 * sees the other (both lock the application), so the mentee is onboarded and MenteeOnboarded written exactly once.
 * Without the lock, some race of the rounds has each step miss the other: the application stays ACCEPTED and no
 * MenteeOnboarded is ever written.
 */
@QuarkusTest
class OnboardingConcurrencyTest {

    private static final int ROUNDS = 5;
    /** Races per round, run together: more chances for the two steps of one application to overlap. */
    private static final int APPLICATIONS = 3;

    @Inject
    EntityManager entityManager;

    @Test
    void signatureAndLastHrStepAtTheSameMomentOnboardOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            List<UUID> applications = new ArrayList<>();
            List<Callable<Integer>> steps = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                String user = Scenario.unique("rita");
                UUID application = readyButForTheLastTwoSteps(user);
                String last = hrSteps(application).get(hrSteps(application).size() - 1);
                applications.add(application);
                steps.add(() -> given().auth()
                        .oauth2(Tokens.mentee(user))
                        .contentType("application/json")
                        .body(Map.of("legalName", "Rita Example", "contractVersion", "2026.1"))
                        .post("/api/v1/applications/" + application + "/onboarding/contract")
                        .statusCode());
                steps.add(() -> checkOff(application, last).statusCode());
            }
            assertThat(Concurrently.run(Duration.ofSeconds(60), steps))
                    .as("round %d", round)
                    .containsOnly(200);

            for (UUID application : applications) {
                assertThat(Scenario.status(application)).as("round %d", round).isEqualTo("ONBOARDED");
                assertThat(menteeOnboardedWritten(application))
                        .as("MenteeOnboarded in the outbox, round %d", round)
                        .isEqualTo(1);
            }
        }
    }

    /** Accepted, every HR step but the last checked off, the contract not signed. */
    private static UUID readyButForTheLastTwoSteps(String user) {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);
        List<String> steps = hrSteps(application);
        for (String step : steps.subList(0, steps.size() - 1)) {
            checkOff(application, step).then().statusCode(200);
        }
        return application;
    }

    private static List<String> hrSteps(UUID application) {
        return given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/onboarding")
                .then()
                .statusCode(200)
                .extract()
                .path("hrSteps.step");
    }

    private static io.restassured.response.Response checkOff(UUID application, String step) {
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType("application/json")
                .post("/api/v1/applications/" + application + "/onboarding/hr-steps/" + step);
    }

    private long menteeOnboardedWritten(UUID application) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from outbox_event where type = 'MenteeOnboarded' and payload ->> 'applicationId' = ?1")
                                .setParameter(1, application.toString())
                                .getSingleResult())
                        .longValue());
    }
}
