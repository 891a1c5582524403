package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
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
 * Issue 18, eligibility and conflicts, through the API: each rule's allowed case, its refused case, and that the
 * refusal changed nothing (no application, the first answer intact, the mentors and prerequisites as they were).
 */
@QuarkusTest
class EligibilityAndConflictsTest {

    private static final Map<String, Object> STRICT = Map.of(
            "minHoursPerWeek",
            15,
            "over18Required",
            true,
            "paidCountries",
            List.of("DE", "us"),
            "flagOtherCommitmentsOverHours",
            20);

    @Test
    void aCoordinatorSetsTheRulesAndEveryoneReadsTheQuestions() {
        UUID term = Scenario.openTerm();
        given().auth().oauth2(Tokens.mentee("eve")).get(rulesPath(term)).then().statusCode(404);

        setRules(term, STRICT).statusCode(200).body("version", equalTo(0)).body("paidCountries", contains("DE", "US"));
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .get(rulesPath(term))
                .then()
                .statusCode(200)
                .body("minHoursPerWeek", equalTo(15))
                .body("over18Required", equalTo(true))
                .body(
                        "questions.field",
                        contains("hoursPerWeek", "otherCommitments", "otherCommitmentHours", "over18", "country"));

        // A change without the version it is based on is refused, and the rules read as before.
        setRules(term, Map.of("over18Required", false))
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "version-required"));
        setRules(term, Map.of("over18Required", false, "paidCountries", List.of("XX"), "version", 0))
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-country"));
        given().auth().oauth2(COORDINATOR).get(rulesPath(term)).then().body("over18Required", equalTo(true));
        setRules(term, Map.of("over18Required", false, "version", 0))
                .statusCode(200)
                .body("version", equalTo(1));
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .contentType(ContentType.JSON)
                .body(STRICT)
                .put(rulesPath(term))
                .then()
                .statusCode(403);
    }

    @Test
    void anApplicantAnswersOnceAndTheFirstAnswerStands() {
        UUID term = Scenario.openTerm();
        String user = Scenario.unique("ana");
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get(answerPath(term))
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "eligibility-not-answered"));

        answer(user, term, 20, 5, true, "de")
                .statusCode(201)
                .body("country", equalTo("DE"))
                .body("hoursPerWeek", equalTo(20));
        answer(user, term, 40, 0, true, "FR")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "eligibility-already-answered"));

        given().auth()
                .oauth2(Tokens.mentee(user))
                .get(answerPath(term))
                .then()
                .statusCode(200)
                .body("hoursPerWeek", equalTo(20))
                .body("country", equalTo("DE"))
                .body("personId", equalTo(user));
        answer(Scenario.unique("bo"), term, 20, 0, true, "ZZ")
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-country"));
    }

    @Test
    void aRefusingRuleRefusesTheApplicationNamingTheRule() {
        UUID term = Scenario.openTerm();
        UUID project = Scenario.project(term, 2, "mia");
        setRules(term, STRICT).statusCode(200);

        String few = Scenario.unique("fay");
        Scenario.profile(few, "EMAIL");
        answer(few, term, 10, 0, true, "DE").statusCode(201);
        Scenario.tryApply(few, project)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-eligible"))
                .body("detail", equalTo("minimum-hours: 10 hours a week is below this term's 15"));
        assertThat(applicationsOf(few)).isZero();

        String minor = Scenario.unique("mo");
        Scenario.profile(minor, "EMAIL");
        answer(minor, term, 20, 0, false, "DE").statusCode(201);
        Scenario.tryApply(minor, project).then().statusCode(422).body("detail", startsWith("minimum-age: "));
        assertThat(applicationsOf(minor)).isZero();

        String able = Scenario.unique("abe");
        Scenario.profile(able, "EMAIL");
        answer(able, term, 15, 0, true, "DE").statusCode(201);
        Scenario.tryApply(able, project).then().statusCode(201);
    }

    @Test
    void aTermWithRulesWantsAnAnswerBeforeTheApplication() {
        UUID term = Scenario.openTerm();
        UUID project = Scenario.project(term, 2, "mia");
        setRules(term, STRICT).statusCode(200);
        String user = Scenario.unique("una");
        Scenario.profile(user, "EMAIL");

        Scenario.tryApply(user, project)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "eligibility-unanswered"));
        assertThat(applicationsOf(user)).isZero();

        answer(user, term, 20, 0, true, "US").statusCode(201);
        Scenario.tryApply(user, project).then().statusCode(201);
        // A term without rules asks nothing.
        Scenario.tryApply(user, Scenario.project(Scenario.openTerm(), 1, "mia"))
                .then()
                .statusCode(201);
    }

    @Test
    void flagRulesLetTheApplicationInAndShowItsReviewersWhy() {
        UUID term = Scenario.openTerm();
        String mentor = Scenario.unique("mia");
        UUID project = Scenario.project(term, 2, mentor);
        setRules(term, STRICT).statusCode(200);
        String user = Scenario.unique("jun");
        Scenario.profile(user, "EMAIL");
        answer(user, term, 20, 30, true, "JP").statusCode(201);

        UUID flagged = Scenario.apply(user, project);

        for (String reviewer : List.of(COORDINATOR, Tokens.mentor(mentor))) {
            given().auth()
                    .oauth2(reviewer)
                    .get("/api/v1/applications/" + flagged)
                    .then()
                    .statusCode(200)
                    .body("eligibilityFlags", contains("stipend-country", "other-commitments"));
        }
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + flagged)
                .then()
                .statusCode(200)
                .body("eligibilityFlags", nullValue());

        String clear = Scenario.unique("dee");
        Scenario.profile(clear, "EMAIL");
        answer(clear, term, 20, 5, true, "DE").statusCode(201);
        UUID unflagged = Scenario.apply(clear, project);
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + unflagged)
                .then()
                .body("eligibilityFlags", hasSize(0));
    }

    @Test
    void aMentorOfATermDoesNotApplyInIt() {
        UUID term = Scenario.openTerm();
        String user = Scenario.unique("max");
        Scenario.project(term, 1, user);
        UUID other = Scenario.project(term, 1, "mia");
        Scenario.profile(user, "EMAIL");

        Scenario.tryApply(user, other)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "mentor-in-term"));
        assertThat(applicationsOf(user)).isZero();

        Scenario.tryApply(user, Scenario.project(Scenario.openTerm(), 1, "mia"))
                .then()
                .statusCode(201);
    }

    @Test
    void anApplicantOfATermIsNotMadeAMentorInIt() {
        UUID term = Scenario.openTerm();
        String user = Scenario.unique("ivy");
        UUID application = Scenario.applicant(user, Scenario.project(term, 1, "mia"));
        Map<String, Object> body = new HashMap<>(Scenario.projectBody(term, 1, "mia", 1));
        UUID project = Scenario.createProject(body);
        body.put("version", 0);
        body.put("mentorIds", List.of("mia", user));

        updateProject(project, body).then().statusCode(409).body("type", equalTo(PROBLEMS + "mentor-in-term"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/projects/" + project)
                .then()
                .body("mentorIds", contains("mia"))
                .body("version", equalTo(0));
        Map<String, Object> fresh = new HashMap<>(Scenario.projectBody(term, 1, user, 1));
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(fresh)
                .post("/api/v1/projects")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "mentor-in-term"));

        // Withdrawn, she is no applicant of the term any more.
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "I will mentor instead"))
                .post("/api/v1/applications/" + application + "/withdraw")
                .then()
                .statusCode(200);
        updateProject(project, body).then().statusCode(200).body("mentorIds", containsInAnyOrder("mia", user));
    }

    @Test
    void coMentorsDoNotReviewOrRecommendEachOthersApplications() {
        String mentor = Scenario.unique("mia");
        UUID project = Scenario.project(Scenario.openTerm(), 2, mentor);
        String colleague = Scenario.unique("cole");
        UUID application = Scenario.applicant(colleague, project);
        String task = Scenario.taskIds(COORDINATOR, application).get(0);
        Scenario.submitEvidence(colleague, application, task, "https://github.com/org/repo/pull/3")
                .then()
                .statusCode(200);
        Scenario.mentorFromBeforeTheRule(project, colleague);

        coMentorConflict(Scenario.approve(mentor, application, task));
        coMentorConflict(given().auth()
                .oauth2(Tokens.mentor(mentor))
                .contentType(ContentType.JSON)
                .body(Map.of("recommendation", "ACCEPT"))
                .post("/api/v1/applications/" + application + "/recommendation"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application)
                .then()
                .body("recommendation", nullValue());
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/prerequisites")
                .then()
                .body("[0].status", equalTo("SUBMITTED"));

        // A coordinator who does not mentor the project reviews it.
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .post("/api/v1/applications/" + application + "/prerequisites/" + task + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void theAnswerIsInThePersonsDataAndGoesWithTheirErasure() {
        UUID term = Scenario.openTerm();
        String user = Scenario.unique("eli");
        Scenario.profile(user, "EMAIL");
        answer(user, term, 12, 8, true, "FR").statusCode(201);
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("eligibilityAnswers", hasSize(1))
                .body("eligibilityAnswers[0].country", equalTo("FR"))
                .body("eligibilityAnswers[0].otherCommitments", equalTo("Part-time job"));

        given().auth()
                .oauth2(Tokens.mentee(user))
                .post("/api/v1/me/erasure")
                .then()
                .statusCode(202);

        given().auth().oauth2(Tokens.mentee(user)).get(answerPath(term)).then().statusCode(404);
        given().auth().oauth2(Tokens.mentee(user)).get("/api/v1/me/data").then().body("eligibilityAnswers", hasSize(0));
    }

    private static String rulesPath(UUID term) {
        return "/api/v1/terms/" + term + "/eligibility-rules";
    }

    private static String answerPath(UUID term) {
        return "/api/v1/terms/" + term + "/eligibility";
    }

    private static ValidatableResponse setRules(UUID term, Map<String, Object> body) {
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put(rulesPath(term))
                .then();
    }

    private static ValidatableResponse answer(
            String user, UUID term, int hours, int otherHours, boolean over18, String country) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "hoursPerWeek", hours,
                        "otherCommitments", "Part-time job",
                        "otherCommitmentHours", otherHours,
                        "over18", over18,
                        "country", country))
                .put(answerPath(term))
                .then();
    }

    private static Response updateProject(UUID project, Map<String, Object> body) {
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/projects/" + project);
    }

    private static int applicationsOf(String user) {
        return given().auth()
                .oauth2(COORDINATOR)
                .queryParam("applicantId", user)
                .get("/api/v1/applications")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static void coMentorConflict(Response response) {
        response.then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "co-mentor-conflict"));
    }
}
