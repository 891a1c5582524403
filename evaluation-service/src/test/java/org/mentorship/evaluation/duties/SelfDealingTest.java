package org.mentorship.evaluation.duties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Plans;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/**
 * Separation of duties in a mentorship: a token holding mentor or coordinator next to mentee does not let its user
 * evaluate, accept tasks of, keep the plan of, reopen, extend or end her own mentorship (a PASS pays her). Each test is
 * the attack; each answer is 403 self-dealing, and the mentorship reads as before.
 */
@QuarkusTest
class SelfDealingTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    private final String user = Program.user("maya");
    private final String mentor = Program.user("mia");

    @Test
    void aMentorDoesNotSubmitAnEvaluationOfHerOwnMentorship() {
        UUID id = Program.started(user, List.of(mentor, user), 25); // evaluation 1 due in 3 days
        String self = Tokens.of(user, "mentor", "mentee");

        selfDealing(given().auth()
                .oauth2(self)
                .contentType(ContentType.JSON)
                .body(Program.submission("PASS", null))
                .post("/api/v1/mentorships/" + id + "/evaluations/1"));

        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/evaluations/1", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("submittedBy", equalTo(null));
        assertThat(Program.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type like 'Evaluation%'",
                        id.toString()))
                .isZero();
    }

    @Test
    void aMentorDoesNotAcceptHerOwnTaskAsDoneNorKeepHerOwnPlan() {
        UUID id = Program.started(user, List.of(mentor, user), 5);
        String task = Plans.taskIds(id).get(0);
        String self = Tokens.of(user, "mentor", "mentee");
        Plans.move(self, id, task, "IN_PROGRESS", null).then().statusCode(200);
        Plans.move(self, id, task, "IN_REVIEW", "https://github.com/org/repo/pull/7")
                .then()
                .statusCode(200);
        int milestones = plan(id).jsonPath().getList("milestones").size();

        selfDealing(Plans.move(self, id, task, "DONE", null));
        selfDealing(given().auth()
                .oauth2(self)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Easy one\",\"dueOn\":\"2030-01-01\",\"acceptanceCriteria\":\"None\"}")
                .post("/api/v1/mentorships/" + id + "/milestones"));

        plan(id).then()
                .body("tasks.find { it.id == '" + task + "' }.status", equalTo("IN_REVIEW"))
                .body("milestones.size()", equalTo(milestones));
    }

    @Test
    void aCoordinatorDoesNotReopenExtendOrEndHerOwnMentorship() {
        UUID id = Program.started(user, List.of(mentor), 25);
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        String self = Tokens.of(user, "coordinator", "mentee");
        String base = "/api/v1/mentorships/" + id;

        selfDealing(post(self, base + "/evaluations/1/reopen", "{\"reason\":\"Let me redo it\"}"));
        selfDealing(post(self, base + "/extensions", "{\"weeks\":5,\"reason\":\"More time\"}"));
        selfDealing(post(self, base + "/end", "{\"reason\":\"Done early\"}"));

        Program.asCoordinator("GET", base + "/evaluations/1", null).then().body("status", equalTo("SUBMITTED"));
        Program.asCoordinator("GET", base, null)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("extensionWeeks", equalTo(0))
                .body("endReason", equalTo(null));
    }

    private static Response plan(UUID id) {
        return Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/plan", null);
    }

    private static Response post(String token, String path, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path);
    }

    private static void selfDealing(Response response) {
        response.then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "self-dealing"));
    }
}
