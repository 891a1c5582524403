package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.contracts.events.TaxFormConfirmed;
import org.mentorship.testsupport.Tokens;

/** What onboarding tells the stipend side the program verified: the tax form (the HR step) and the country signed with. */
@QuarkusTest
class OnboardingVerifiedFactsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void checkingOffTheTaxFormStepPublishesTaxFormConfirmedOnce() {
        String user = Scenario.unique("tara");
        UUID application = accepted(user);
        checkOff(application, "identity-check").then().statusCode(200);
        assertThat(outbox("TaxFormConfirmed", application)).isEmpty();

        checkOff(application, "tax-form").then().statusCode(200);

        List<String> confirmed = outbox("TaxFormConfirmed", application);
        assertThat(confirmed).hasSize(1);
        EventSchemas.validate("TaxFormConfirmed", confirmed.get(0));
        TaxFormConfirmed event = EventJson.read(TaxFormConfirmed.class, confirmed.get(0));
        assertThat(event.menteeId()).isEqualTo(user);
        assertThat(event.confirmedBy()).isEqualTo("cora");
        assertThat(event.applicationId()).isEqualTo(application);

        // Refused a second time, and nothing more is published.
        checkOff(application, "tax-form").then().statusCode(409).body("type", equalTo(PROBLEMS + "hr-step-done"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .post("/api/v1/applications/" + application + "/onboarding/hr-steps/tax-form")
                .then()
                .statusCode(403);
        assertThat(outbox("TaxFormConfirmed", application)).hasSize(1);
    }

    @Test
    void theOnboardingCarriesTheCountrySignedWithNotTheProfilesLater() {
        String user = Scenario.unique("tara");
        UUID application = accepted(user);
        sign(user, application);
        // The profile (country JP at signing) changes afterwards: the signed contract keeps JP.
        long version = given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applicants/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Name of " + user,
                        "email",
                        user + "@example.org",
                        "preferredContact",
                        "EMAIL",
                        "timeZone",
                        "Asia/Tokyo",
                        "country",
                        "CH",
                        "version",
                        version))
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(200)
                .body("country", equalTo("CH"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/onboarding")
                .then()
                .statusCode(200)
                .body("contract.country", equalTo("JP"));

        String mentorship = null;
        for (String step : List.of("identity-check", "tax-form", "payout-details")) {
            mentorship =
                    checkOff(application, step).then().statusCode(200).extract().path("mentorshipId");
        }

        List<String> onboarded = outbox("MenteeOnboarded", UUID.fromString(mentorship));
        assertThat(onboarded).hasSize(1);
        EventSchemas.validate("MenteeOnboarded", onboarded.get(0));
        assertThat(EventJson.read(MenteeOnboarded.class, onboarded.get(0)).menteeCountry())
                .isEqualTo("JP");
    }

    private static UUID accepted(String user) {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);
        return application;
    }

    private static void sign(String user, UUID application) {
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", "Tara Example", "contractVersion", "2026.1"))
                .post("/api/v1/applications/" + application + "/onboarding/contract")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response checkOff(UUID application, String step) {
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .post("/api/v1/applications/" + application + "/onboarding/hr-steps/" + step);
    }

    @SuppressWarnings("unchecked")
    private List<String> outbox(String type, UUID aggregate) {
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "select payload::text from outbox_event where type = ?1 and aggregateid = ?2 order by seq")
                        .setParameter(1, type)
                        .setParameter(2, aggregate.toString())
                        .getResultList());
    }
}
