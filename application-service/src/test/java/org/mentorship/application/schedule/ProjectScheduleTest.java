package org.mentorship.application.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, item 7: a project's own schedule (hours, length, start) within its term, refused with nothing changed
 * when it does not fit or once a mentee is accepted; the mentee's dates (MenteeOnboarded) are the project's.
 */
@QuarkusTest
class ProjectScheduleTest {

    @Inject
    EntityManager em;

    @Test
    void aProjectWithoutAScheduleRunsWithItsTerm() {
        UUID term = Scenario.openTerm();
        JsonPath t = term(term);
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/projects/" + Scenario.project(term, 1, "mia"))
                .then()
                .statusCode(200)
                .body("startsOn", equalTo(t.getString("programStart")))
                .body("endsOn", equalTo(t.getString("programEnd")))
                .body("hours", nullValue())
                .body("lengthWeeks", nullValue());
    }

    @Test
    void aScheduleWithinTheTermIsKeptAndOneOutsideIsRefusedWithNothingChanged() {
        UUID term = Scenario.openTerm(); // its program runs 90 days
        LocalDate start = LocalDate.parse(term(term).getString("programStart"));
        Map<String, Object> body = Scenario.projectBody(term, 1, "mia", 1);
        body.putAll(Map.of(
                "hours", 175, "lengthWeeks", 8, "startsOn", start.plusWeeks(2).toString()));
        UUID project = Scenario.createProject(body);
        project(project)
                .then()
                .body("hours", equalTo(175))
                .body("lengthWeeks", equalTo(8))
                .body("startsOn", equalTo(start.plusWeeks(2).toString()))
                .body("endsOn", equalTo(start.plusWeeks(10).toString()))
                .body("version", equalTo(0));

        refused(project, Map.of("lengthWeeks", 12), "schedule-outside-term"); // two weeks in, 12 more: day 98 of 90
        refused(project, Map.of("startsOn", start.minusDays(1).toString()), "schedule-outside-term");
        refused(project, Map.of("lengthWeeks", 5), "schedule-too-short"); // 3 evaluations need 6 weeks
        refused(project, Map.of("hours", 9), "invalid-project-hours");
        refused(project, Map.of("hours", 1001), "invalid-project-hours");
        project(project)
                .then()
                .body("hours", equalTo(175))
                .body("lengthWeeks", equalTo(8))
                .body("endsOn", equalTo(start.plusWeeks(10).toString()))
                .body("version", equalTo(0));

        Map<String, Object> longer = new HashMap<>(body);
        longer.putAll(Map.of("hours", 350, "lengthWeeks", 12, "startsOn", start.toString(), "version", 0));
        put(project, longer)
                .then()
                .statusCode(200)
                .body("endsOn", equalTo(start.plusWeeks(12).toString()));
        Map<String, Object> tooEarlyStart = new HashMap<>(body);
        tooEarlyStart.put("startsOn", start.minusDays(3).toString());
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(tooEarlyStart)
                .post("/api/v1/projects")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "schedule-outside-term"));
    }

    @Test
    void theTermsDatesDoNotMoveAwayFromAProjectsOwnSchedule() {
        UUID term = Scenario.openTerm();
        JsonPath t = term(term);
        LocalDate start = LocalDate.parse(t.getString("programStart"));
        Map<String, Object> body = Scenario.projectBody(term, 1, "mia", 1);
        body.put("lengthWeeks", 12);
        Scenario.createProject(body);
        Map<String, Object> termBody = termBody(t);
        termBody.put("programEnd", start.plusWeeks(11).toString());
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(termBody)
                .put("/api/v1/terms/" + term)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "schedule-outside-term"));
        assertThat(term(term).getString("programEnd")).isEqualTo(t.getString("programEnd"));
    }

    @Test
    void theAcceptedMenteeGetsTheProjectsDatesAndTheScheduleIsThenFixed() {
        UUID term = Scenario.openTerm();
        LocalDate start = LocalDate.parse(term(term).getString("programStart"));
        Map<String, Object> body = Scenario.projectBody(term, 1, "mia", 1);
        body.putAll(Map.of(
                "hours", 175, "lengthWeeks", 10, "startsOn", start.plusDays(7).toString()));
        UUID project = Scenario.createProject(body);
        String user = Scenario.unique("pia");
        UUID application = Scenario.applicant(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);

        Map<String, Object> changed = new HashMap<>(body);
        changed.putAll(Map.of("lengthWeeks", 11, "version", 0));
        put(project, changed).then().statusCode(409).body("type", equalTo(PROBLEMS + "schedule-fixed"));
        project(project).then().body("lengthWeeks", equalTo(10)).body("version", equalTo(0));
        Map<String, Object> retitled = new HashMap<>(body);
        retitled.putAll(Map.of("description", "Same dates, new words", "version", 0));
        put(project, retitled).then().statusCode(200); // the rest of the project stays editable

        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application)
                .then()
                .body("nextStep.action", equalTo("SIGN_CONTRACT"))
                .body("nextStep.deadline", equalTo(start.plusDays(7) + "T00:00:00Z"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", "Pia Example", "contractVersion", "2026.1"))
                .post("/api/v1/applications/" + application + "/onboarding/contract")
                .then()
                .statusCode(200);
        for (String step : List.of("identity-check", "tax-form", "payout-details")) {
            given().auth()
                    .oauth2(COORDINATOR)
                    .contentType(ContentType.JSON)
                    .post("/api/v1/applications/" + application + "/onboarding/hr-steps/" + step)
                    .then()
                    .statusCode(200);
        }
        JsonPath event = JsonPath.from(onboardedPayload(application));
        assertThat(event.getString("programStart")).isEqualTo(start.plusDays(7).toString());
        assertThat(event.getString("programEnd"))
                .isEqualTo(start.plusDays(7).plusWeeks(10).toString());
    }

    private String onboardedPayload(UUID application) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select payload::text from outbox_event"
                                + " where type = 'MenteeOnboarded' and payload::text like ?1")
                        .setParameter(1, "%" + application + "%")
                        .getSingleResult());
    }

    private static void refused(UUID project, Map<String, Object> change, String slug) {
        Response current = project(project);
        Map<String, Object> body = new HashMap<>(current.jsonPath().getMap("$"));
        body.keySet()
                .retainAll(List.of(
                        "termId",
                        "organization",
                        "title",
                        "description",
                        "skills",
                        "mentorIds",
                        "slots",
                        "evaluationCount",
                        "published",
                        "version",
                        "hours",
                        "lengthWeeks",
                        "startsOn"));
        body.put(
                "prerequisites",
                current.jsonPath().getList("prerequisites").stream()
                        .map(t -> {
                            Map<?, ?> task = (Map<?, ?>) t;
                            return Map.of(
                                    "title", task.get("title"),
                                    "instructions", task.get("instructions"),
                                    "evidenceKind", task.get("evidenceKind"));
                        })
                        .toList());
        body.putAll(change);
        put(project, body).then().statusCode(422).body("type", equalTo(PROBLEMS + slug));
    }

    private static Response put(UUID project, Map<String, Object> body) {
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/projects/" + project);
    }

    private static Response project(UUID project) {
        return given().auth().oauth2(COORDINATOR).get("/api/v1/projects/" + project);
    }

    static JsonPath term(UUID term) {
        return given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/terms/" + term)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The term's request body as read, to change and send back. */
    static Map<String, Object> termBody(JsonPath t) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of(
                "name",
                "applicationsOpenAt",
                "applicationsCloseAt",
                "reviewDays",
                "programStart",
                "programEnd",
                "version",
                "announceAt")) {
            if (t.get(field) != null) {
                body.put(field, t.get(field));
            }
        }
        return body;
    }
}
