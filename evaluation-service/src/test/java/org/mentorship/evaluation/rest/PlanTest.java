package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Plans;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** The mentee moves tasks forward with evidence, the mentor accepts them; milestones close when their tasks are done. */
@QuarkusTest
class PlanTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void theMenteeMovesATaskToReviewWithEvidenceAndOnlyTheMentorAcceptsIt() {
        UUID id = Program.started(mentee, List.of(mentor), 5);
        String task = Plans.taskIds(id).get(0);
        String me = Tokens.mentee(mentee);

        Plans.move(me, id, task, "IN_REVIEW", "https://github.com/org/repo/pull/7")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "task-transition-not-allowed"));
        Plans.move(me, id, task, "IN_PROGRESS", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Plans.move(me, id, task, "IN_REVIEW", null)
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "evidence-required"));
        Plans.move(me, id, task, "IN_REVIEW", "https://github.com/org/repo/pull/7")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("evidenceLinks", contains("https://github.com/org/repo/pull/7"));
        Plans.move(me, id, task, "DONE", null).then().statusCode(403);
        Plans.move(Tokens.mentor(Program.user("otto")), id, task, "DONE", null)
                .then()
                .statusCode(403);
        Plans.move(Tokens.mentee(Program.user("eve")), id, task, "DONE", null)
                .then()
                .statusCode(404);
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/plan", null)
                .then()
                .body("tasks.find { it.id == '" + task + "' }.status", equalTo("IN_REVIEW"));

        Plans.move(Tokens.mentor(mentor), id, task, "DONE", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("doneAt", notNullValue());
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/plan", null)
                .then()
                .body("progress.STARTER.done", equalTo(1));
    }

    @Test
    void theMentorEditsStarterTasksAndAddsHarderOnesUnderMilestones() {
        UUID id = Program.started(mentee, List.of(mentor), 5);
        String starter = Plans.taskIds(id).get(0);
        String base = "/api/v1/mentorships/" + id;
        String edit = "{\"title\":\"Fix the storage controller README\",\"kind\":\"STARTER\"}";
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body(edit)
                .put(base + "/tasks/" + starter)
                .then()
                .statusCode(200)
                .body("title", equalTo("Fix the storage controller README"));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .contentType(ContentType.JSON)
                .body(edit)
                .put(base + "/tasks/" + starter)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentor(Program.user("otto")))
                .contentType(ContentType.JSON)
                .body(edit)
                .put(base + "/tasks/" + starter)
                .then()
                .statusCode(403);

        String milestone = given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Structured logging merged\",\"dueOn\":\""
                        + Program.today().plusDays(40) + "\",\"acceptanceCriteria\":\"Merged and released\"}")
                .post(base + "/milestones")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
        String advanced = given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Implement the log format\",\"kind\":\"ADVANCED\",\"milestoneId\":\"" + milestone
                        + "\"}")
                .post(base + "/tasks")
                .then()
                .statusCode(201)
                .body("kind", equalTo("ADVANCED"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .post(base + "/milestones/" + milestone + "/met")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "milestone-tasks-open"));
        Plans.finish(mentee, mentor, id, advanced);
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .post(base + "/milestones/" + milestone + "/met")
                .then()
                .statusCode(200)
                .body("status", equalTo("MET"));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get(base + "/plan")
                .then()
                .statusCode(200)
                .body("tasks.kind", contains("STARTER", "STARTER", "STARTER", "ADVANCED"))
                .body("progress.ADVANCED.done", equalTo(1))
                .body("milestones[0].status", equalTo("MET"));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .queryParam("status", "DONE")
                .get(base + "/tasks")
                .then()
                .statusCode(200)
                .body("items.id", contains(advanced))
                .body("total", equalTo(1));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .queryParam("size", 2)
                .get(base + "/tasks")
                .then()
                .statusCode(200)
                .body("items.kind", contains("STARTER", "STARTER"))
                .body("total", equalTo(4));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get(base + "/milestones")
                .then()
                .statusCode(200)
                .body("items.id", contains(milestone));
    }

    @Test
    void outsidersSeeNoPlan() {
        UUID id = Program.started(mentee, List.of(mentor), 5);
        given().auth()
                .oauth2(Tokens.mentor(Program.user("otto")))
                .get("/api/v1/mentorships/" + id + "/plan")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentee(Program.user("eve")))
                .get("/api/v1/mentorships/" + id + "/plan")
                .then()
                .statusCode(404);
    }
}
