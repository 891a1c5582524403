package org.mentorship.application.orgs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, organisations and their admins: an org-admin runs her organisation's projects, selection, onboarding and
 * call tasks as a coordinator does, and nothing of another organisation: every object outside hers answers 404 and is
 * left unchanged, every list shows hers only. Terms stay the coordinators'; her own application is self-dealing.
 */
@QuarkusTest
class OrgAdminScopeTest {

    private String org;
    private String other;
    private String olgaId;
    private String olga;
    private UUID term;
    private UUID mine;
    private UUID theirs;

    @BeforeEach
    void twoOrganisations() {
        org = Scenario.unique("OrgA");
        other = Scenario.unique("OrgB");
        olgaId = Scenario.unique("olga");
        olga = Tokens.orgAdmin(olgaId, org);
        term = Scenario.openTerm();
        mine = Orgs.project(term, org, "mia", 3);
        theirs = Orgs.project(term, other, "max", 3);
    }

    @Test
    void sheCreatesAndChangesProjectsOfHerOrganisationOnly() {
        Orgs.post(olga, "/api/v1/projects", Orgs.body(term, org, "mia", 2, false))
                .then()
                .statusCode(201)
                .body("organization", equalTo(org));
        Orgs.post(olga, "/api/v1/projects", Orgs.body(term, other, "mia", 2, true))
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        // Nothing was created for the other organisation: it still has its one project.
        organisations(COORDINATOR).body("items.find { it.name == '" + other + "' }.projects", equalTo(1));

        var changed = Orgs.body(term, other, "max", 3, true);
        changed.put("title", "Taken over");
        changed.put("version", 0);
        put(olga, theirs, changed).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        var moved = Orgs.body(term, other, "mia", 3, true);
        moved.put("version", 0);
        put(olga, mine, moved).then().statusCode(403);
        Orgs.get(COORDINATOR, "/api/v1/projects/" + theirs).then().body("version", equalTo(0));
        Orgs.get(COORDINATOR, "/api/v1/projects/" + mine)
                .then()
                .body("organization", equalTo(org))
                .body("version", equalTo(0));

        var retitled = Orgs.body(term, org, "mia", 3, true);
        retitled.put("title", "Retitled by olga");
        retitled.put("version", 0);
        put(olga, mine, retitled).then().statusCode(200).body("title", equalTo("Retitled by olga"));

        // Her drafts are hers to see, with the mentors' addresses; another organisation's draft is not found.
        UUID draft = Scenario.createProject(Orgs.body(term, other, "max", 1, false));
        Orgs.get(olga, "/api/v1/projects/" + draft).then().statusCode(404);
        Orgs.get(olga, "/api/v1/projects/" + mine).then().body("mentorEmails.mia", notNullValue());
        given().auth()
                .oauth2(olga)
                .queryParam("termId", term)
                .queryParam("includeUnpublished", true)
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("items.findAll { it.published == false }.organization", contains(org));
    }

    @Test
    void sheRunsTheSelectionOfHerOrganisationAndGets404ForAnotherOnesWithNothingChanged() {
        UUID hers = Orgs.applicant(mine, "EMAIL");
        UUID notHers = Orgs.applicant(theirs, "EMAIL");
        int history = Scenario.historySize(notHers);

        Orgs.get(olga, "/api/v1/applications/" + hers).then().statusCode(200);
        for (String path : new String[] {"", "/history", "/notifications", "/scores", "/prerequisites"}) {
            Orgs.get(olga, "/api/v1/applications/" + notHers + path)
                    .then()
                    .statusCode(404)
                    .body("type", equalTo(PROBLEMS + "not-found"));
        }
        Orgs.decide(olga, notHers, Map.of("outcome", "REJECT", "reason", "not ours"))
                .then()
                .statusCode(404);
        Orgs.post(olga, "/api/v1/applications/" + notHers + "/screening", Map.of("verdict", "SPAM", "reason", "x"))
                .then()
                .statusCode(404);
        Orgs.post(olga, "/api/v1/applications/" + notHers + "/recommendation", Map.of("recommendation", "REJECT"))
                .then()
                .statusCode(404);
        assertThat(Scenario.status(notHers)).isEqualTo("SUBMITTED");
        assertThat(Scenario.historySize(notHers)).isEqualTo(history);
        Orgs.get(COORDINATOR, "/api/v1/applications/" + notHers).then().body("recommendation", equalTo(null));

        Orgs.decide(
                        olga,
                        hers,
                        Map.of(
                                "outcome",
                                "WAITLIST",
                                "overrideReason",
                                "test: early",
                                "internalNote",
                                "strong, no slot yet"))
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITLISTED"));
        Orgs.get(olga, "/api/v1/applications/" + hers + "/scores").then().statusCode(200);
        Orgs.get(olga, "/api/v1/applications/" + hers + "/history")
                .then()
                .statusCode(200)
                .body("internalNote", hasItem(containsString("strong, no slot yet")));
    }

    @Test
    void herListsShowHerOrganisationsOnlyAndCoordinatorsFilterByOrganization() {
        UUID hers = Orgs.applicant(mine, "EMAIL");
        UUID notHers = Orgs.applicant(theirs, "EMAIL");

        list(olga, Map.of("termId", term)).body("total", equalTo(1)).body("items.id", contains(hers.toString()));
        list(olga, Map.of("termId", term, "organization", other)).body("total", equalTo(0));
        list(olga, Map.of("termId", term, "sort", "AVERAGE_SCORE")).body("total", equalTo(1));
        list(COORDINATOR, Map.of("termId", term)).body("total", equalTo(2));
        list(COORDINATOR, Map.of("termId", term, "organization", other)).body("items.id", contains(notHers.toString()));

        organisations(olga).body("items.name", contains(org)).body("items[0].projects", equalTo(1));
        organisations(COORDINATOR)
                .body("items.find { it.name == '" + other + "' }.terms[0].termId", equalTo(term.toString()));
    }

    @Test
    void sheRunsOnboardingAndCallTasksOfHerOrganisationOnly() {
        UUID hers = Orgs.applicant(mine, "PHONE");
        UUID notHers = Orgs.applicant(theirs, "PHONE");
        Orgs.decide(olga, hers, Map.of("outcome", "ACCEPT", "overrideReason", "test: decide early"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        Scenario.acceptEarly(notHers).then().statusCode(200);

        String herCall =
                callTasks(olga, hers).body("total", equalTo(1)).extract().path("items[0].id");
        String theirCall = callTasks(COORDINATOR, notHers).extract().path("items[0].id");
        callTasks(olga, notHers).body("total", equalTo(0));
        Orgs.post(olga, "/api/v1/call-tasks/" + theirCall + "/done", Map.of())
                .then()
                .statusCode(404);
        callTasks(COORDINATOR, notHers).body("items[0].status", equalTo("OPEN"));
        Orgs.post(olga, "/api/v1/call-tasks/" + herCall + "/done", Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"));

        Orgs.post(olga, "/api/v1/applications/" + notHers + "/onboarding/hr-steps/tax-form", Map.of())
                .then()
                .statusCode(404);
        Orgs.get(olga, "/api/v1/applications/" + notHers + "/onboarding").then().statusCode(404);
        Orgs.get(COORDINATOR, "/api/v1/applications/" + notHers + "/onboarding")
                .then()
                .body("hrSteps.find { it.step == 'tax-form' }.done", equalTo(false));
        Orgs.post(olga, "/api/v1/applications/" + hers + "/onboarding/hr-steps/tax-form", Map.of())
                .then()
                .statusCode(200)
                .body("hrSteps.find { it.step == 'tax-form' }.doneBy", equalTo(olgaId));
    }

    @Test
    void herOwnApplicationIsSelfDealingAndTermsStayTheCoordinators() {
        Scenario.profile(olgaId, "EMAIL");
        UUID own = Scenario.apply(olgaId, mine);
        Orgs.decide(olga, own, Map.of("outcome", "ACCEPT", "overrideReason", "test: decide early"))
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-dealing"));
        Orgs.post(olga, "/api/v1/applications/" + own + "/screening", Map.of("verdict", "SPAM", "reason", "x"))
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-dealing"));
        assertThat(Scenario.status(own)).isEqualTo("SUBMITTED");

        Orgs.post(
                        olga,
                        "/api/v1/terms",
                        Scenario.termBody(Scenario.now(), Scenario.now().plusSeconds(86400), 14))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(olga)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/v1/terms/" + term + "/eligibility-rules")
                .then()
                .statusCode(403);
    }

    private static io.restassured.response.Response put(String token, UUID project, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/projects/" + project);
    }

    private static io.restassured.response.ValidatableResponse list(String token, Map<String, ?> query) {
        return given().auth()
                .oauth2(token)
                .queryParams(query)
                .get("/api/v1/applications")
                .then()
                .statusCode(200);
    }

    private io.restassured.response.ValidatableResponse organisations(String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("termId", term)
                .queryParam("size", 100)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse callTasks(String token, UUID application) {
        return given().auth()
                .oauth2(token)
                .queryParam("applicationId", application)
                .get("/api/v1/call-tasks")
                .then()
                .statusCode(200);
    }
}
