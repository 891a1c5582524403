package org.mentorship.application.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class PersonProfileTest {

    @Inject
    EntityManager em;

    @Test
    void aMentorSetsTimeZoneAndChannelsAndTheChangeIsPublishedOnce() {
        String mentor = Tokens.mentor(Scenario.unique("mo"));
        given().auth()
                .oauth2(mentor)
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("channels.decision", equalTo("email"))
                .body("changedAt", nullValue());

        String person = put(mentor, "Europe/Berlin", Map.of("evaluation-reminder", "feed"))
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("channels.evaluation-reminder", equalTo("feed"))
                .body("channels.payment", equalTo("email"))
                .extract()
                .path("personId");
        assertThat(Outboxed.payloads(em, "PersonSettingsChanged", person))
                .singleElement()
                .asString()
                .contains("Europe/Berlin", "\"evaluation-reminder\": \"feed\"");
    }

    @Test
    void aRefusedChangeChangesNothingAndPublishesNothing() {
        String mentor = Tokens.mentor(Scenario.unique("mo"));
        String person = put(mentor, "Asia/Tokyo", Map.of())
                .then()
                .statusCode(200)
                .extract()
                .path("personId");

        refused(put(mentor, "Mars/Olympus", Map.of()), "unknown-time-zone");
        refused(put(mentor, "+02:00", Map.of()), "unknown-time-zone");
        refused(put(mentor, "Europe/Berlin", Map.of("newsletter", "email")), "unknown-notice-kind");
        refused(put(mentor, "Europe/Berlin", Map.of("decision", "pigeon")), "unknown-channel");
        refused(put(mentor, "Europe/Berlin", Map.of("evaluation-reminder", "phone")), "phone-not-offered");
        refused(put(mentor, "Europe/Berlin", Map.of("decision", "phone")), "phone-required");

        given().auth()
                .oauth2(mentor)
                .get("/api/v1/me/profile")
                .then()
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("channels.decision", equalTo("email"));
        assertThat(Outboxed.payloads(em, "PersonSettingsChanged", person)).hasSize(1);
    }

    @Test
    void theApplicantProfileAndThePersonProfileAreOneTruth() {
        String user = Scenario.unique("pat");
        Scenario.profile(user, "PHONE"); // Asia/Tokyo, a phone number
        String mentee = Tokens.mentee(user);
        given().auth()
                .oauth2(mentee)
                .get("/api/v1/me/profile")
                .then()
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("channels.decision", equalTo("phone"));

        put(mentee, "Europe/Berlin", Map.of("decision", "feed")).then().statusCode(200);
        given().auth()
                .oauth2(mentee)
                .get("/api/v1/applicants/me")
                .then()
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("preferredContact", equalTo("EMAIL"));
        assertThat(Outboxed.payloads(em, "PersonSettingsChanged", user)).hasSize(2);
    }

    private static void refused(Response response, String type) {
        response.then().statusCode(422).body("type", equalTo(PROBLEMS + type));
    }

    static Response put(String token, String zone, Map<String, String> channels) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("timeZone", zone, "channels", channels))
                .put("/api/v1/me/profile");
    }
}
