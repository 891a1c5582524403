package org.mentorship.application.mentors;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/** A project's mentors through the API, and what the outbox and the history hold of them. */
final class Mentors {

    static final String AGREEMENT_VERSION = "2026.1";

    static Map<String, Object> invitation(String mentor, String role, int capacity, String replaces) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "mentorId", mentor,
                "name", "Name of " + mentor,
                "email", mentor + "@mentors.example.org",
                "role", role,
                "capacity", capacity));
        if (replaces != null) {
            body.put("replacesMentorId", replaces);
        }
        return body;
    }

    static Response invite(String token, UUID project, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/projects/" + project + "/mentors/invitations");
    }

    static void invited(UUID project, String mentor, String role, int capacity, String replaces) {
        invite(Scenario.COORDINATOR, project, invitation(mentor, role, capacity, replaces))
                .then()
                .statusCode(201);
    }

    static Response accept(String mentor, UUID project, String version) {
        return given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body(Map.of("agreementVersion", version, "legalName", "Legal " + mentor))
                .post("/api/v1/projects/" + project + "/mentors/me/acceptance");
    }

    /** Invited as a co-mentor with this capacity, and accepted: an ACTIVE mentor of the project. */
    static void active(UUID project, String mentor, int capacity) {
        invited(project, mentor, "CO_MENTOR", capacity, null);
        accept(mentor, project, AGREEMENT_VERSION).then().statusCode(200);
    }

    static Response resign(String token, UUID project, String mentor) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "A new job leaves me no time"))
                .post("/api/v1/projects/" + project + "/mentors/" + mentor + "/resignation");
    }

    static Response list(String token, UUID project) {
        return given().auth().oauth2(token).get("/api/v1/projects/" + project + "/mentors");
    }

    static List<String> activeMentorIds(UUID project) {
        return given().auth()
                .oauth2(Scenario.COORDINATOR)
                .get("/api/v1/projects/" + project)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("mentorIds", String.class);
    }

    /** The payloads of one type of event the outbox holds for the project, in order. */
    @SuppressWarnings("unchecked")
    static List<String> outboxed(String type, UUID project) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em().createNativeQuery("select payload::text from outbox_event where type = ?1"
                                + " and aggregateid = ?2 order by seq")
                        .setParameter(1, type)
                        .setParameter(2, project.toString())
                        .getResultList());
    }

    /** The status history of the mentor's assignments to the project: "from>to:reason", oldest first. */
    @SuppressWarnings("unchecked")
    static List<String> history(UUID project, String mentor) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em().createNativeQuery("select coalesce(h.from_status, '') || '>' || h.to_status || ':'"
                                + " || coalesce(h.reason, '') from mentor_assignment_history h join mentor_assignment a"
                                + " on a.id = h.assignment_id where a.project_id = ?1 and a.mentor_id = ?2"
                                + " order by h.at, h.to_status")
                        .setParameter(1, project)
                        .setParameter(2, mentor)
                        .getResultList());
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    private Mentors() {}
}
