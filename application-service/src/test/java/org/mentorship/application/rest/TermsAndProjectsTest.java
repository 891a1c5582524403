package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class TermsAndProjectsTest {

    @Test
    void coordinatorCreatesATermWithTheDefaultReviewPeriod() {
        Instant now = Scenario.now();
        UUID term = Scenario.createTerm(Scenario.termBody(now, now.plus(Duration.ofDays(10)), null));
        given().get("/api/v1/terms/" + term)
                .then()
                .statusCode(200)
                .body("reviewDays", equalTo(21))
                .body("openForApplications", equalTo(true));
    }

    @Test
    void aReviewPeriodUnder14DaysIsRefusedAndNothingIsCreated() {
        Instant now = Scenario.now();
        var body = Scenario.termBody(now, now.plus(Duration.ofDays(10)), 13);
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/terms")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "review-period-too-short"));
        given().queryParam("size", 100)
                .get("/api/v1/terms")
                .then()
                .statusCode(200)
                .body("items.name", not(hasItem(body.get("name"))));
    }

    @Test
    void onlyCoordinatorsCreateTerms() {
        Instant now = Scenario.now();
        given().auth()
                .oauth2(Tokens.mentee("alice"))
                .contentType(ContentType.JSON)
                .body(Scenario.termBody(now, now.plus(Duration.ofDays(10)), 14))
                .post("/api/v1/terms")
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    void aStaleTermUpdateIsRefused() {
        Instant now = Scenario.now();
        var body = Scenario.termBody(now, now.plus(Duration.ofDays(10)), 14);
        UUID term = Scenario.createTerm(body);
        body.put("version", 0);
        body.put("reviewDays", 20);
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/terms/" + term)
                .then()
                .statusCode(200)
                .body("reviewDays", equalTo(20))
                .body("version", equalTo(1));
        body.put("reviewDays", 30);
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/terms/" + term)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "stale-write"));
        given().get("/api/v1/terms/" + term).then().body("reviewDays", equalTo(20));
    }

    @Test
    void anyoneSearchesPublishedProjectsByTermOrganizationSkillAndOpenness() {
        UUID term = Scenario.openTerm();
        var body = Scenario.projectBody(term, 2, "mia", 1);
        body.put("organization", "Apache");
        body.put("skills", List.of("Rust"));
        UUID rust = Scenario.createProject(body);
        UUID go = Scenario.project(term, 1, "mia");
        var draft = Scenario.projectBody(term, 1, "mia", 1);
        draft.put("published", false);
        UUID hidden = Scenario.createProject(draft);

        given().queryParam("termId", term)
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", hasItem(rust.toString()))
                .body("items.id", hasItem(go.toString()));
        given().queryParam("termId", term)
                .queryParam("skill", "rust")
                .get("/api/v1/projects")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(rust.toString()));
        given().queryParam("termId", term)
                .queryParam("organization", "apache")
                .get("/api/v1/projects")
                .then()
                .body("total", equalTo(1));
        given().queryParam("termId", term)
                .queryParam("open", true)
                .get("/api/v1/projects")
                .then()
                .body("total", equalTo(2));
        given().get("/api/v1/projects/" + hidden).then().statusCode(404);
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/projects/" + hidden)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(COORDINATOR)
                .queryParam("termId", term)
                .queryParam("includeUnpublished", true)
                .get("/api/v1/projects")
                .then()
                .body("total", equalTo(3));
    }

    @Test
    void aClosedTermsProjectsAreNotListedAsOpen() {
        Instant now = Scenario.now();
        UUID closed = Scenario.createTerm(
                Scenario.termBody(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)), 14));
        Scenario.project(closed, 1, "mia");
        given().queryParam("termId", closed)
                .queryParam("open", true)
                .get("/api/v1/projects")
                .then()
                .body("total", equalTo(0));
        given().queryParam("termId", closed).get("/api/v1/projects").then().body("total", equalTo(1));
    }

    @Test
    void pageSizeIsCapped() {
        given().queryParam("size", 5000)
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("size", equalTo(100));
        given().queryParam("page", -1)
                .get("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-page"));
    }

    @Test
    void evaluationCountIsThreeOrFour() {
        var body = Scenario.projectBody(Scenario.openTerm(), 1, "mia", 1);
        body.put("evaluationCount", 5);
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"));
    }

    @Test
    void prerequisitesAreFixedOnceSomeoneApplied() {
        UUID term = Scenario.openTerm();
        var body = Scenario.projectBody(term, 2, "mia", 1);
        UUID project = Scenario.createProject(body);
        body.put("version", 0);
        body.put(
                "prerequisites",
                List.of(
                        Map.of("title", "New", "instructions", "x", "evidenceKind", "TEXT"),
                        Map.of("title", "Other", "instructions", "y", "evidenceKind", "LINK")));
        int version = given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/projects/" + project)
                .then()
                .statusCode(200)
                .body("prerequisites.title", equalTo(List.of("New", "Other")))
                .extract()
                .path("version");

        Scenario.applicant(Scenario.unique("ann"), project);
        body.put("version", version);
        body.put("prerequisites", List.of(Map.of("title", "Changed", "instructions", "x", "evidenceKind", "TEXT")));
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/projects/" + project)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "project-has-applications"));
        given().get("/api/v1/projects/" + project)
                .then()
                .body("prerequisites.title", equalTo(List.of("New", "Other")))
                .body("prerequisites.evidenceKind", everyItem(org.hamcrest.Matchers.notNullValue()));
    }
}
