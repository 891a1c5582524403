package org.mentorship.application.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mentorship.application.Scenario.COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.application.repository.ApplicationRepository;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, reports: the applications CSV (the list's filters and scope, defended cells, the same rows whatever the
 * chunk size) and a term's statistics per organisation and project on known data, scoped to an org-admin's.
 */
@QuarkusTest
class ApplicationReportsTest {

    @Inject
    ApplicationsCsv csv;

    @Test
    void theCsvIsTheListScopedToTheCallerWithFormulaCellsDefended() throws Exception {
        String org = Scenario.unique("OrgA");
        String other = Scenario.unique("OrgB");
        String olga = Tokens.orgAdmin(Scenario.unique("olga"), org);
        UUID term = Scenario.openTerm();
        UUID mine = project(term, org, 3);
        UUID theirs = project(term, other, 3);
        String formula = Scenario.unique("ana");
        profile(formula, "=HYPERLINK(\"http://evil.example\",\"x\")");
        UUID hers = Scenario.apply(formula, mine);
        UUID second = Scenario.applicant(Scenario.unique("ben"), mine);
        Scenario.decide(second, Map.of("outcome", "REJECT", "reason", "+1-2 too late"))
                .then()
                .statusCode(200);
        UUID notHers = Scenario.applicant(Scenario.unique("cid"), theirs);

        String file = export(olga, Map.of("termId", term.toString()));
        List<String> lines = file.lines().toList();
        assertThat(lines.get(0) + "\n").isEqualTo(ApplicationsCsv.HEADER);
        assertThat(lines).hasSize(3);
        assertThat(file).contains(hers.toString(), second.toString()).doesNotContain(notHers.toString());
        assertThat(file).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        assertThat(file).contains(",'+1-2 too late,");
        assertThat(export(olga, Map.of("termId", term.toString(), "organization", other))
                        .lines())
                .hasSize(1);

        String filtered = export(COORDINATOR, Map.of("termId", term.toString(), "status", "REJECTED"));
        assertThat(filtered.lines().skip(1).toList()).singleElement().asString().startsWith(second.toString());
        assertThat(export(COORDINATOR, Map.of("termId", term.toString(), "organization", other)))
                .contains(notHers.toString())
                .doesNotContain(hers.toString());
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .get("/api/v1/applications/export.csv")
                .then()
                .statusCode(403);

        // Chunks of one row each read the same file as one chunk (the keyset misses and repeats nothing).
        var filter = new ApplicationRepository.Filter(null, null, term, null, null, null);
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        ByteArrayOutputStream large = new ByteArrayOutputStream();
        csv.write(filter, small, 1);
        csv.write(filter, large, 500);
        assertThat(small.toString(StandardCharsets.UTF_8))
                .isEqualTo(large.toString(StandardCharsets.UTF_8))
                .contains(hers.toString(), second.toString(), notHers.toString());
    }

    @Test
    void statisticsPerOrganisationAndProjectOnKnownData() {
        String org = Scenario.unique("OrgA");
        String other = Scenario.unique("OrgB");
        String olga = Tokens.orgAdmin(Scenario.unique("olga"), org);
        UUID term = Scenario.openTerm();
        String mentor = Scenario.unique("mia");
        UUID busy = project(term, org, 2, mentor, "A busy project");
        UUID quiet = project(term, org, 1, mentor, "B quiet project");
        UUID elsewhere = project(term, other, 1);
        rubric(busy);
        UUID accepted = Scenario.applicant(Scenario.unique("ana"), busy);
        UUID rejected = Scenario.applicant(Scenario.unique("ben"), busy);
        UUID waitlisted = Scenario.applicant(Scenario.unique("cid"), busy);
        Scenario.applicant(Scenario.unique("dee"), busy);
        Scenario.applicant(Scenario.unique("eli"), elsewhere);
        score(mentor, accepted, 8);
        score(mentor, rejected, 5);
        Scenario.acceptEarly(accepted).then().statusCode(200);
        Scenario.decide(rejected, Map.of("outcome", "REJECT", "reason", "no"))
                .then()
                .statusCode(200);
        Scenario.decide(waitlisted, Map.of("outcome", "WAITLIST", "overrideReason", "early"))
                .then()
                .statusCode(200);

        statistics(olga, term, null)
                .body("organizations.organization", contains(org))
                .body("organizations[0].applications", equalTo(4))
                .body("organizations[0].accepted", equalTo(1))
                .body("organizations[0].acceptanceRate", equalTo(0.25f))
                .body("organizations[0].averageScore", equalTo(6.5f))
                .body("organizations[0].waitlisted", equalTo(1))
                .body("organizations[0].projects.projectId", contains(busy.toString(), quiet.toString()))
                .body("organizations[0].projects[0].byStatus.SUBMITTED", equalTo(1))
                .body("organizations[0].projects[0].byStatus.REJECTED", equalTo(1))
                .body("organizations[0].projects[0].slots", equalTo(2))
                .body("organizations[0].projects[1].applications", equalTo(0))
                .body("organizations[0].projects[1].acceptanceRate", equalTo(null));
        statistics(olga, term, other).body("organizations", hasSize(0));
        statistics(COORDINATOR, term, null).body("organizations.organization", contains(org, other));
        statistics(COORDINATOR, term, other)
                .body("organizations.organization", contains(other))
                .body("organizations[0].acceptanceRate", equalTo(0.0f));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/statistics")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(COORDINATOR)
                .queryParam("termId", UUID.randomUUID())
                .get("/api/v1/applications/statistics")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .queryParam("termId", term)
                .get("/api/v1/applications/statistics")
                .then()
                .statusCode(403);
    }

    private static UUID project(UUID term, String organization, int slots) {
        return project(term, organization, slots, "mia", Scenario.unique("Project"));
    }

    private static UUID project(UUID term, String organization, int slots, String mentor, String title) {
        Map<String, Object> body = Scenario.projectBody(term, slots, mentor, 0);
        body.put("organization", organization);
        body.put("title", title);
        return Scenario.createProject(body);
    }

    private static void profile(String user, String name) {
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", name,
                        "email", user + "@example.org",
                        "preferredContact", "EMAIL",
                        "timeZone", "UTC",
                        "country", "DE"))
                .put("/api/v1/applicants/me")
                .then()
                .statusCode(200);
    }

    private static String export(String token, Map<String, String> query) {
        return given().auth()
                .oauth2(token)
                .queryParams(query)
                .get("/api/v1/applications/export.csv")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();
    }

    private static io.restassured.response.ValidatableResponse statistics(String token, UUID term, String org) {
        var request = given().auth().oauth2(token).queryParam("termId", term);
        if (org != null) {
            request.queryParam("organization", org);
        }
        return request.get("/api/v1/applications/statistics").then().statusCode(200);
    }

    private static void rubric(UUID project) {
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("criteria", List.of(Map.of("key", "work", "label", "Work", "maxPoints", 10))))
                .put("/api/v1/projects/" + project + "/rubric")
                .then()
                .statusCode(200);
    }

    private static void score(String mentor, UUID application, int points) {
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("work", points)))
                .put("/api/v1/applications/" + application + "/scores/mine")
                .then()
                .statusCode(200);
    }
}
