package org.mentorship.application.orgs;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.mentorship.application.Scenario;

/** Organisations for the org-admin tests: names unique to each test, projects owned by them. */
final class Orgs {

    /** A published project of {@code organization} in the term (no prerequisites: decisions need none). */
    static UUID project(UUID term, String organization, String mentor, int slots) {
        return Scenario.createProject(body(term, organization, mentor, slots, true));
    }

    static Map<String, Object> body(UUID term, String organization, String mentor, int slots, boolean published) {
        Map<String, Object> body = Scenario.projectBody(term, slots, mentor, 0);
        body.put("organization", organization);
        body.put("published", published);
        return body;
    }

    static Response post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path);
    }

    static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    static Response decide(String token, UUID application, Map<String, Object> body) {
        return post(token, "/api/v1/applications/" + application + "/decision", body);
    }

    /** A new applicant of the project, told by email or, with {@code contact} PHONE, by a call task. */
    static UUID applicant(UUID project, String contact) {
        String user = Scenario.unique("ana");
        Scenario.profile(user, contact);
        return Scenario.apply(user, project);
    }

    private Orgs() {}
}
