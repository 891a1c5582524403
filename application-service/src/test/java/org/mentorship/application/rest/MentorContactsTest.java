package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/** Coordinators give mentors' addresses on the project (reminders go there); nobody else reads them. */
@QuarkusTest
class MentorContactsTest {

    @Test
    void coordinatorsSeeTheAddressesTheyGaveTheRestDoNot() {
        UUID project = Scenario.createProject(Scenario.projectBody(Scenario.openTerm(), 1, "mia", 1));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/projects/" + project)
                .then()
                .statusCode(200)
                .body("mentorEmails.mia", equalTo("mia@mentors.example.org"));
        given().get("/api/v1/projects/" + project).then().statusCode(200).body("$", not(hasKey("mentorEmails")));
        given().auth()
                .oauth2(Tokens.mentee(Scenario.unique("ann")))
                .get("/api/v1/projects/" + project)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("mentorEmails")));
    }

    @Test
    void aPublicReadWithABadTokenIsStillAnsweredWithoutTheAddresses() {
        UUID project = Scenario.createProject(Scenario.projectBody(Scenario.openTerm(), 1, "mia", 1));
        given().auth()
                .oauth2(Tokens.forged("cora", "coordinator"))
                .get("/api/v1/projects/" + project)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("mentorEmails")));
        given().auth()
                .oauth2(Tokens.forged("cora", "coordinator"))
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("items[0]", not(hasKey("mentorEmails")));
    }

    @Test
    void anAddressForSomeoneWhoIsNotAMentorIsRefusedAndNothingIsCreated() {
        var body = Scenario.projectBody(Scenario.openTerm(), 1, "mia", 1);
        String title = (String) body.get("title");
        body.put("mentorEmails", Map.of("mia", "mia@example.org", "eve", "eve@example.org"));
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-mentor"));
        given().auth()
                .oauth2(COORDINATOR)
                .queryParam("includeUnpublished", true)
                .queryParam("size", 100)
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("items.findAll { it.title == '" + title + "' }.size()", equalTo(0));
    }

    @Test
    void anAddressMustBeAnEmailAddress() {
        var body = Scenario.projectBody(Scenario.openTerm(), 1, "mia", 1);
        body.put("mentorEmails", Map.of("mia", "not an address"));
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"));
    }
}
