package org.mentorship.application.selection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, rubrics and scores through the API: a coordinator sets a project's rubric, its mentors score each
 * application on it (one score set each), coordinators see every score set and the averages, a mentor only her own,
 * the applicant nothing. Each refusal changes nothing.
 */
@QuarkusTest
class SelectionScoringTest {

    private static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of("key", "prerequisites", "label", "Prerequisite work", "maxPoints", 10),
            Map.of("key", "motivation", "label", "Motivation", "maxPoints", 5));

    @Test
    void aCoordinatorSetsTheRubricWithItsVersionAndItIsFixedOnceScored() {
        String mia = Scenario.unique("mia");
        UUID project = Scenario.project(Scenario.openTerm(), 2, mia);
        given().auth()
                .oauth2(Tokens.mentor(mia))
                .get(rubricPath(project))
                .then()
                .statusCode(404);

        setRubric(project, CRITERIA, null)
                .statusCode(200)
                .body("version", equalTo(0))
                .body("maxTotal", equalTo(15));
        setRubric(project, List.of(CRITERIA.get(0)), null)
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "version-required"));
        setRubric(project, List.of(CRITERIA.get(0), CRITERIA.get(0)), 0L)
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "invalid-rubric"));
        setRubric(project, List.of(), 0L).statusCode(422).body("type", equalTo(PROBLEMS + "invalid-rubric"));
        setRubric(project, List.of(CRITERIA.get(0)), 5L)
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "stale-write"));
        given().auth()
                .oauth2(Tokens.mentor(mia))
                .contentType(ContentType.JSON)
                .body(Map.of("criteria", CRITERIA))
                .put(rubricPath(project))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .get(rubricPath(project))
                .then()
                .statusCode(200)
                .body("criteria.key", contains("prerequisites", "motivation"))
                .body("version", equalTo(0));

        UUID application = Scenario.applicant(Scenario.unique("ana"), project);
        score(mia, application, Map.of("prerequisites", 8, "motivation", 4), "good")
                .statusCode(200);
        setRubric(project, List.of(CRITERIA.get(0)), 0L)
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "rubric-in-use"));
        given().auth().oauth2(COORDINATOR).get(rubricPath(project)).then().body("criteria", hasSize(2));
    }

    @Test
    void mentorsScoreOnTheRubricAndCoordinatorsSeeEveryScoreAndTheAverages() {
        String mia = Scenario.unique("mia");
        String max = Scenario.unique("max");
        UUID project = projectOf(mia, max);
        UUID application = Scenario.applicant(Scenario.unique("ana"), project);

        score(mia, application, Map.of("prerequisites", 8, "motivation", 4), "Clean PR")
                .statusCode(200)
                .body("total", equalTo(12))
                .body("reviewer", equalTo(mia));
        score(max, application, Map.of("prerequisites", 5, "motivation", 1), null)
                .statusCode(200);
        // A later score replaces her own.
        score(max, application, Map.of("prerequisites", 6, "motivation", 3), "Second look")
                .statusCode(200)
                .body("total", equalTo(9));

        given().auth()
                .oauth2(COORDINATOR)
                .get(scoresPath(application))
                .then()
                .statusCode(200)
                .body("reviews", hasSize(2))
                .body("reviews.reviewer", containsInAnyOrder(mia, max))
                .body("averages.prerequisites", equalTo(7.0f))
                .body("averages.motivation", equalTo(3.5f))
                .body("averageTotal", equalTo(10.5f))
                .body("reviewCount", equalTo(2));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application)
                .then()
                .body("averageScore", equalTo(10.5f))
                .body("reviewCount", equalTo(2));

        // A mentor reads only her own score set, no averages; nor are they on the application she reads.
        given().auth()
                .oauth2(Tokens.mentor(mia))
                .get(scoresPath(application))
                .then()
                .statusCode(200)
                .body("reviews", hasSize(1))
                .body("reviews[0].reviewer", equalTo(mia))
                .body("reviews[0].comment", equalTo("Clean PR"))
                .body("averages", nullValue())
                .body("averageTotal", nullValue());
        given().auth()
                .oauth2(Tokens.mentor(mia))
                .get("/api/v1/applications/" + application)
                .then()
                .body("averageScore", nullValue())
                .body("reviewCount", nullValue());
        given().auth()
                .oauth2(Tokens.mentor(mia))
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("scoresGiven", hasSize(1))
                .body("scoresGiven[0].comment", equalTo("Clean PR"));
    }

    @Test
    void badScoresAreRefusedAndTheReviewersScoreStandsAsBefore() {
        String mia = Scenario.unique("mia");
        UUID project = Scenario.project(Scenario.openTerm(), 2, mia);
        UUID application = Scenario.applicant(Scenario.unique("ana"), project);
        score(mia, application, Map.of("prerequisites", 8, "motivation", 4), "first")
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "no-rubric"));
        setRubric(project, CRITERIA, null).statusCode(200);
        score(mia, application, Map.of("prerequisites", 8, "motivation", 4), "first")
                .statusCode(200);

        for (Map<String, Integer> bad : List.of(
                Map.of("prerequisites", 8),
                Map.of("prerequisites", 11, "motivation", 4),
                Map.of("prerequisites", -1, "motivation", 4),
                Map.of("prerequisites", 8, "motivation", 4, "charm", 2))) {
            score(mia, application, bad, "changed")
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "invalid-scores"));
        }
        ownScoreIs(mia, application, 12, "first");
    }

    @Test
    void onlyMentorsOfTheProjectScoreAndTheApplicantSeesNoScores() {
        String mia = Scenario.unique("mia");
        UUID project = Scenario.project(Scenario.openTerm(), 2, mia);
        setRubric(project, CRITERIA, null).statusCode(200);
        String ana = Scenario.unique("ana");
        UUID application = Scenario.applicant(ana, project);
        Map<String, Integer> points = Map.of("prerequisites", 8, "motivation", 4);

        score(Scenario.unique("olga"), application, points, null)
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("scores", points))
                .put(scoresPath(application) + "/mine")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.mentee(ana))
                .get(scoresPath(application))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of(ana, "mentee", "mentor"))
                .get(scoresPath(application))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.mentor(Scenario.unique("olga")))
                .get(scoresPath(application))
                .then()
                .statusCode(403);
        given().auth().oauth2(COORDINATOR).get(scoresPath(application)).then().body("reviews", hasSize(0));
    }

    @Test
    void noScoringOfOnesOwnApplicationNorACoMentorsNorAfterTheDecision() {
        String mia = Scenario.unique("mia");
        UUID project = Scenario.project(Scenario.openTerm(), 2, mia);
        setRubric(project, CRITERIA, null).statusCode(200);
        String cole = Scenario.unique("cole");
        UUID colleagues = Scenario.applicant(cole, project);
        Scenario.mentorFromBeforeTheRule(project, cole);
        Map<String, Integer> points = Map.of("prerequisites", 8, "motivation", 4);

        score(mia, colleagues, points, null).statusCode(403).body("type", equalTo(PROBLEMS + "co-mentor-conflict"));
        given().auth()
                .oauth2(Tokens.of(cole, "mentee", "mentor"))
                .contentType(ContentType.JSON)
                .body(Map.of("scores", points))
                .put(scoresPath(colleagues) + "/mine")
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-dealing"));
        given().auth().oauth2(COORDINATOR).get(scoresPath(colleagues)).then().body("reviews", hasSize(0));

        UUID decided = Scenario.applicant(Scenario.unique("ana"), project);
        score(mia, decided, points, "before").statusCode(200);
        Scenario.decide(decided, Map.of("outcome", "REJECT", "reason", "not a fit"))
                .then()
                .statusCode(200);
        score(mia, decided, Map.of("prerequisites", 1, "motivation", 1), "after")
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "application-not-open"));
        ownScoreIs(mia, decided, 12, "before");
    }

    @Test
    void coordinatorsListApplicationsByAverageScoreAndMentorsMayNot() {
        String mia = Scenario.unique("mia");
        UUID project = Scenario.project(Scenario.openTerm(), 3, mia);
        setRubric(project, CRITERIA, null).statusCode(200);
        UUID low = Scenario.applicant(Scenario.unique("lo"), project);
        UUID unscored = Scenario.applicant(Scenario.unique("un"), project);
        UUID high = Scenario.applicant(Scenario.unique("hi"), project);
        score(mia, low, Map.of("prerequisites", 2, "motivation", 1), null).statusCode(200);
        score(mia, high, Map.of("prerequisites", 9, "motivation", 5), null).statusCode(200);

        given().auth()
                .oauth2(COORDINATOR)
                .queryParam("projectId", project.toString())
                .queryParam("sort", "AVERAGE_SCORE")
                .get("/api/v1/applications")
                .then()
                .statusCode(200)
                .body("items.id", contains(high.toString(), low.toString(), unscored.toString()))
                .body("items.averageScore", contains(14.0f, 3.0f, null));
        given().auth()
                .oauth2(Tokens.mentor(mia))
                .queryParam("projectId", project.toString())
                .queryParam("sort", "AVERAGE_SCORE")
                .get("/api/v1/applications")
                .then()
                .statusCode(403);
    }

    private static UUID projectOf(String... mentors) {
        Map<String, Object> body = new HashMap<>(Scenario.projectBody(Scenario.openTerm(), 2, mentors[0], 1));
        body.put("mentorIds", List.of(mentors));
        UUID project = Scenario.createProject(body);
        setRubric(project, CRITERIA, null).statusCode(200);
        return project;
    }

    private static void ownScoreIs(String mentor, UUID application, int total, String comment) {
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get(scoresPath(application))
                .then()
                .statusCode(200)
                .body("reviews", hasSize(1))
                .body("reviews[0].total", equalTo(total))
                .body("reviews[0].comment", equalTo(comment));
    }

    private static String rubricPath(UUID project) {
        return "/api/v1/projects/" + project + "/rubric";
    }

    private static String scoresPath(UUID application) {
        return "/api/v1/applications/" + application + "/scores";
    }

    private static ValidatableResponse setRubric(UUID project, List<Map<String, Object>> criteria, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("criteria", criteria);
        body.put("version", version);
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put(rubricPath(project))
                .then();
    }

    private static ValidatableResponse score(
            String mentor, UUID application, Map<String, Integer> points, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("scores", points);
        body.put("comment", comment);
        Response response = given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body(body)
                .put(scoresPath(application) + "/mine");
        return response.then();
    }
}
