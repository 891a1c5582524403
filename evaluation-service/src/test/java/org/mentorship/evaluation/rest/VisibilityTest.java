package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** A mentee sees only their own mentorship and never private comments; a mentor only theirs; coordinators all. */
@QuarkusTest
class VisibilityTest {

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void theMenteeSeesTheirEvaluationWithoutPrivateComments() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        String evaluationId = Program.submit(mentor, id, 1, "PASS")
                .then()
                .statusCode(201)
                .body("privateComments", equalTo("Needs more reviews"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/mentorships/" + id + "/evaluations/1")
                .then()
                .statusCode(200)
                .body("commentsForMentee", equalTo("Good steady work"))
                .body(not(containsString("privateComments")))
                .body(not(containsString("Needs more reviews")));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/mentorships/" + id + "/evaluations")
                .then()
                .statusCode(200)
                .body(not(containsString("Needs more reviews")));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/evaluations/" + evaluationId)
                .then()
                .statusCode(200)
                .body(not(containsString("Needs more reviews")));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/evaluations/" + evaluationId)
                .then()
                .statusCode(200)
                .body("privateComments", equalTo("Needs more reviews"));
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id + "/evaluations/1", null)
                .then()
                .body("privateComments", equalTo("Needs more reviews"));
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/mentorships/" + id + "/evaluations/1/history")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherMenteeFindsNothingAndAnotherMentorIsRefused() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        String evaluationId = Program.submit(mentor, id, 1, "PASS")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String eve = Tokens.mentee(Program.user("eve"));
        String otto = Tokens.mentor(Program.user("otto"));
        given().auth().oauth2(eve).get("/api/v1/mentorships/" + id).then().statusCode(404);
        given().auth()
                .oauth2(eve)
                .get("/api/v1/mentorships/" + id + "/evaluations")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(eve)
                .get("/api/v1/evaluations/" + evaluationId)
                .then()
                .statusCode(404);
        given().auth().oauth2(otto).get("/api/v1/mentorships/" + id).then().statusCode(403);
        given().auth()
                .oauth2(otto)
                .get("/api/v1/evaluations/" + evaluationId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.finance("fiona"))
                .get("/api/v1/mentorships/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void listsAreScopedToTheCaller() {
        UUID mine = Program.started(mentee, List.of(mentor), 25);
        UUID other = Program.started(Program.user("eve"), List.of(Program.user("otto")), 25);
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/mentorships")
                .then()
                .statusCode(200)
                .body("items.id", contains(mine.toString()))
                .body("total", equalTo(1));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/mentorships")
                .then()
                .statusCode(200)
                .body("items.id", contains(mine.toString()));
        Program.asCoordinator("GET", "/api/v1/mentorships?size=100", null)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(other.toString()))
                .body("size", equalTo(100));
        Program.asCoordinator("GET", "/api/v1/mentorships?size=1000", null)
                .then()
                .body("size", equalTo(100));
    }
}
