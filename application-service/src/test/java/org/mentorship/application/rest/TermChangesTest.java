package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/** A term's dates after people applied: only what takes nothing away from them may change. */
@QuarkusTest
class TermChangesTest {

    @Test
    void beforeAnyoneAppliedEveryDateMayMove() {
        Instant now = Scenario.now();
        var body = Scenario.termBody(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 14);
        UUID term = Scenario.createTerm(body);
        body.put("applicationsOpenAt", now.plus(Duration.ofHours(1)).toString());
        put(term, body, 0).then().statusCode(200);
    }

    @Test
    void onceSomeoneAppliedTheWindowAndReviewOnlyGrow() {
        Instant now = Scenario.now();
        var body = Scenario.termBody(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 14);
        UUID term = Scenario.createTerm(body);
        Scenario.applicant(Scenario.unique("ann"), Scenario.project(term, 1, "mia"));

        refused(term, body, "applicationsOpenAt", now.plus(Duration.ofHours(1)).toString(), "term-has-applications");
        refused(term, body, "applicationsCloseAt", now.plus(Duration.ofDays(1)).toString(), "term-has-applications");

        body.put("applicationsCloseAt", now.plus(Duration.ofDays(3)).toString());
        body.put("reviewDays", 21);
        put(term, body, 0).then().statusCode(200).body("reviewDays", equalTo(21));
        refused(term, body, "reviewDays", 15, "term-has-applications", 1);
    }

    @Test
    void onceAMenteeIsOnboardedTheProgramDatesAreFixed() {
        Instant now = Scenario.now();
        var body = Scenario.termBody(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 14);
        UUID term = Scenario.createTerm(body);
        String user = Scenario.unique("olga");
        UUID application = Scenario.applicant(user, Scenario.project(term, 1, "mia"));
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);
        onboard(user, application);

        var moved = new java.util.HashMap<>(body);
        moved.put(
                "programEnd",
                LocalDate.parse((String) body.get("programEnd")).plusDays(7).toString());
        put(term, moved, 0).then().statusCode(409).body("type", equalTo(PROBLEMS + "term-has-mentorships"));
        given().get("/api/v1/terms/" + term)
                .then()
                .body("programEnd", equalTo(body.get("programEnd")))
                .body("version", equalTo(0));
        body.put("name", body.get("name") + " (renamed)");
        put(term, body, 0).then().statusCode(200);
    }

    private static void refused(UUID term, Map<String, Object> body, String field, Object value, String type) {
        refused(term, body, field, value, type, 0);
    }

    private static void refused(
            UUID term, Map<String, Object> body, String field, Object value, String type, int version) {
        var changed = new java.util.HashMap<>(body);
        changed.put(field, value);
        put(term, changed, version).then().statusCode(409).body("type", equalTo(PROBLEMS + type));
        given().get("/api/v1/terms/" + term).then().statusCode(200).body("version", equalTo(version)); // unchanged
    }

    private static Response put(UUID term, Map<String, Object> body, int version) {
        var withVersion = new java.util.HashMap<>(body);
        withVersion.put("version", version);
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(withVersion)
                .put("/api/v1/terms/" + term);
    }

    private static void onboard(String user, UUID application) {
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", "Olga Example", "contractVersion", "2026.1"))
                .post("/api/v1/applications/" + application + "/onboarding/contract")
                .then()
                .statusCode(200);
        for (String step : new String[] {"identity-check", "tax-form", "payout-details"}) {
            given().auth()
                    .oauth2(COORDINATOR)
                    .contentType(ContentType.JSON)
                    .post("/api/v1/applications/" + application + "/onboarding/hr-steps/" + step)
                    .then()
                    .statusCode(200);
        }
    }
}
