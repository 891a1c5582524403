package org.mentorship.application.selection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, screening through the API: a coordinator rejects an open application as spam or ineligible with a
 * reason, kept in its history; the ineligible applicant is told as every rejected one is, spam is not answered.
 * Refusals (no reason, decided already, one's own) change nothing.
 */
@QuarkusTest
class ScreeningTest {

    @Test
    void anIneligibleApplicationIsRejectedWithTheReasonAndTheApplicantIsTold() {
        UUID application = Scenario.applicant(Scenario.unique("ana"), Scenario.project(Scenario.openTerm(), 1, "mia"));

        screen(COORDINATOR, application, "INELIGIBLE", "Lives outside the program's countries")
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("screeningVerdict", equalTo("INELIGIBLE"))
                .body("decisionReason", equalTo("ineligible: Lives outside the program's countries"));

        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .body("[-1].to", equalTo("REJECTED"))
                .body("[-1].reason", equalTo("ineligible: Lives outside the program's countries"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/notifications")
                .then()
                .body("", hasSize(1));
    }

    @Test
    void spamIsRejectedWithTheReasonAndNotAnswered() {
        UUID application = Scenario.applicant(Scenario.unique("bot"), Scenario.project(Scenario.openTerm(), 1, "mia"));

        screen(COORDINATOR, application, "SPAM", "Copied motivation, link farm")
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("screeningVerdict", equalTo("SPAM"));

        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .body("[-1].reason", equalTo("spam: Copied motivation, link farm"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/notifications")
                .then()
                .body("", hasSize(0));
    }

    @Test
    void aScreeningWithoutAReasonOrOfADecidedApplicationIsRefusedAndChangesNothing() {
        UUID application = Scenario.applicant(Scenario.unique("cy"), Scenario.project(Scenario.openTerm(), 1, "mia"));
        int history = Scenario.historySize(application);

        screen(COORDINATOR, application, "SPAM", "  ")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "reason-required"));
        screen(COORDINATOR, application, "SPAM", null)
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "reason-required"));
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
        assertThat(Scenario.historySize(application)).isEqualTo(history);

        Scenario.decide(application, Map.of("outcome", "REJECT", "reason", "not a fit"))
                .then()
                .statusCode(200);
        screen(COORDINATOR, application, "SPAM", "late")
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "application-not-open"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application)
                .then()
                .body("decisionReason", equalTo("not a fit"))
                .body("screeningVerdict", nullValue());
        assertThat(Scenario.historySize(application)).isEqualTo(history + 1);
    }

    @Test
    void nobodyScreensTheirOwnApplicationAndMentorsDoNotScreen() {
        String cleo = Scenario.unique("cleo");
        UUID application = Scenario.applicant(cleo, Scenario.project(Scenario.openTerm(), 1, "mia"));

        screen(Tokens.of(cleo, "mentee", "coordinator"), application, "INELIGIBLE", "I quit")
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-dealing"));
        screen(Tokens.mentor("mia"), application, "SPAM", "spam").statusCode(403);
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/notifications")
                .then()
                .body("", hasSize(0));
    }

    private static ValidatableResponse screen(String token, UUID application, String verdict, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("verdict", verdict);
        body.put("reason", reason);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications/" + application + "/screening")
                .then();
    }
}
