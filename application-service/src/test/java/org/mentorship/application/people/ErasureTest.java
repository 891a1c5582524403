package org.mentorship.application.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class ErasureTest {

    @Inject
    EntityManager em;

    @Test
    void anErasurePseudonymisesTheApplicantAndPublishesPersonErasedOnce() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("erin");
        UUID application = Scenario.applicant(user, project);
        Scenario.decide(application, Map.of("outcome", "REJECT", "reason", "not this time"))
                .then()
                .statusCode(200);

        String id = erase(user)
                .then()
                .statusCode(202)
                .body("personId", equalTo(user))
                .body("origin", equalTo("PERSON"))
                .body("carriedOutAt", notNullValue())
                .extract()
                .path("id");
        String pseudonym = "erased-" + id.substring(0, 8);

        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applicants/me")
                .then()
                .statusCode(200)
                .body("name", equalTo(pseudonym))
                .body("email", equalTo(pseudonym + "@erased.invalid"))
                .body("phone", nullValue());
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application)
                .then()
                .body("applicantName", equalTo(pseudonym))
                .body("motivation", nullValue())
                .body("status", equalTo("REJECTED"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/notifications")
                .then()
                .body("[0].recipient", equalTo(pseudonym + "@erased.invalid"));
        assertThat(Outboxed.payloads(em, "PersonErased", user))
                .singleElement()
                .asString()
                .contains(id, pseudonym);

        // Asking again answers the first record and changes nothing more.
        erase(user).then().statusCode(202).body("id", equalTo(id));
        assertThat(Outboxed.payloads(em, "PersonErased", user)).hasSize(1);
        given().auth()
                .oauth2(COORDINATOR)
                .queryParam("size", 100)
                .get("/api/v1/erasure-requests")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.personId", equalTo(user));
    }

    @Test
    void anAcceptedMenteeIsNotErasedWhileTheMentorshipRuns() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("acc");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);

        erase(user).then().statusCode(409).body("type", equalTo(PROBLEMS + "erasure-not-now"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applicants/me")
                .then()
                .body("name", equalTo("Name of " + user));
        assertThat(Outboxed.payloads(em, "PersonErased", user)).isEmpty();
    }

    @Test
    void aMentorWithoutAnApplicantProfileCanBeErasedToo() {
        String mentor = Scenario.unique("mo");
        String feed = given().auth()
                .oauth2(Tokens.mentor(mentor))
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        String token = feed.substring(feed.indexOf("token=") + "token=".length());
        given().queryParam("token", token).get("/api/v1/me/calendar.ics").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .post("/api/v1/me/erasure")
                .then()
                .statusCode(202)
                .body("personId", equalTo(mentor));
        assertThat(Outboxed.payloads(em, "PersonErased", mentor)).hasSize(1);
        // The erased person's calendar feed is revoked with the rest.
        given().queryParam("token", token).get("/api/v1/me/calendar.ics").then().statusCode(404);
        given().auth()
                .oauth2(Tokens.mentee("someone"))
                .get("/api/v1/erasure-requests")
                .then()
                .statusCode(403);
    }

    static io.restassured.response.Response erase(String user) {
        return given().auth().oauth2(Tokens.mentee(user)).post("/api/v1/me/erasure");
    }
}
