package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.Topics;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class ApplyTest {

    @Test
    void anApplicantAppliesAndSeesStatusNextStepAndDeadlineInTheirTimeZone() {
        UUID term = Scenario.openTerm();
        UUID project = Scenario.project(term, 1, "mia");
        String user = Scenario.unique("amy");
        UUID application = Scenario.applicant(user, project);

        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("nextStep.action", equalTo("COMPLETE_PREREQUISITES"))
                .body("nextStep.deadline", notNullValue())
                .body("nextStep.timeZone", equalTo("Asia/Tokyo"))
                .body("nextStep.deadlineLocal", endsWith("+09:00"))
                .body("prerequisitesTotal", equalTo(1));

        var published = new KafkaTestClient(TestKafka.get().bootstrapServers())
                .readUntil(
                        Topics.APPLICATIONS,
                        Duration.ofSeconds(20),
                        records -> records.stream()
                                .anyMatch(r -> application.toString().equals(r.key())));
        var record = published.stream()
                .filter(r -> application.toString().equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertThat(new String(record.headers().lastHeader("ce_type").value())).isEqualTo("ApplicationSubmitted");
        EventSchemas.validate("ApplicationSubmitted", record.value());
    }

    /** The answer is built in the apply transaction; it must be what a read of the application shows afterwards. */
    @Test
    void theAnswerToApplyingIsWhatReadingTheApplicationShows() {
        UUID project = Scenario.createProject(Scenario.projectBody(Scenario.openTerm(), 1, "mia", 2));
        String user = Scenario.unique("amy");
        Scenario.profile(user, "EMAIL");
        Map<String, Object> created = Scenario.tryApply(user, project)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");
        Map<String, Object> read = given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + created.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(created).containsEntry("prerequisitesTotal", 2).containsEntry("prerequisitesApproved", 0);
        // Exactly, instants too: PostgreSQL rounds nanoseconds to microseconds, so the answer must use stored
        // precision.
        assertThat(created).isEqualTo(read);
    }

    @Test
    void applyingOutsideTheApplicationWindowIsRefused() {
        Instant now = Scenario.now();
        UUID closed = Scenario.createTerm(
                Scenario.termBody(now.minus(Duration.ofDays(5)), now.minus(Duration.ofMinutes(1)), 14));
        UUID project = Scenario.project(closed, 1, "mia");
        String user = Scenario.unique("amy");
        Scenario.profile(user, "EMAIL");
        Scenario.tryApply(user, project).then().statusCode(409).body("type", equalTo(PROBLEMS + "term-closed"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void oneApplicationPerProject() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("amy");
        Scenario.applicant(user, project);
        Scenario.tryApply(user, project).then().statusCode(409).body("type", equalTo(PROBLEMS + "already-applied"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void atMostThreeApplicationsPerTermAndWithdrawnOnesDoNotCount() {
        UUID term = Scenario.openTerm();
        String user = Scenario.unique("amy");
        Scenario.profile(user, "EMAIL");
        UUID first = Scenario.apply(user, Scenario.project(term, 1, "mia"));
        Scenario.apply(user, Scenario.project(term, 1, "mia"));
        Scenario.apply(user, Scenario.project(term, 1, "mia"));
        UUID fourth = Scenario.project(term, 1, "mia");
        Scenario.tryApply(user, fourth)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "application-limit-reached"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(3));

        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType("application/json")
                .body("{\"reason\":\"changed my mind\"}")
                .post("/api/v1/applications/" + first + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Scenario.tryApply(user, fourth).then().statusCode(201);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() {
        UUID term = Scenario.openTerm();
        UUID project = Scenario.project(term, 1, "mia");
        String user = Scenario.unique("amy");
        Scenario.profile(user, "EMAIL");
        String body = "{\"projectId\":\"" + project + "\"}";
        var firstAnswer = given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType("application/json")
                .header("Idempotency-Key", "k-1")
                .body(body)
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .extract();
        String first = firstAnswer.path("id");
        // The platform's replay: the first answer exactly (status, Location, body), marked as a replay.
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType("application/json")
                .header("Idempotency-Key", "k-1")
                .body(body)
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .body("id", equalTo(first))
                .header("Idempotent-Replayed", "true")
                .header("Location", firstAnswer.header("Location"))
                .body(equalTo(firstAnswer.asString()));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(1));
        // The key is the caller's own: another mentee's application under the same key is hers.
        String other = Scenario.unique("bea");
        Scenario.profile(other, "EMAIL");
        given().auth()
                .oauth2(Tokens.mentee(other))
                .contentType("application/json")
                .header("Idempotency-Key", "k-1")
                .body(body)
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .body("id", org.hamcrest.Matchers.not(equalTo(first)));
        UUID otherProject = Scenario.project(term, 1, "mia");
        given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType("application/json")
                .header("Idempotency-Key", "k-1")
                .body("{\"projectId\":\"" + otherProject + "\"}")
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
    }

    @Test
    void applyingNeedsAProfile() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        Scenario.tryApply(Scenario.unique("noprofile"), project)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "profile-required"));
    }

    @Test
    void anUnpublishedProjectCannotBeAppliedTo() {
        var body = Scenario.projectBody(Scenario.openTerm(), 1, "mia", 1);
        body.put("published", false);
        UUID draft = Scenario.createProject(body);
        String user = Scenario.unique("amy");
        Scenario.profile(user, "EMAIL");
        Scenario.tryApply(user, draft).then().statusCode(404);
    }

    @Test
    void othersSeeOnlyWhatIsTheirs() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("amy");
        UUID application = Scenario.applicant(user, project);

        given().auth()
                .oauth2(Tokens.mentee(Scenario.unique("eve")))
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        given().auth()
                .oauth2(Tokens.mentor("otto"))
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.mentor("otto"))
                .queryParam("projectId", project)
                .get("/api/v1/applications")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .queryParam("projectId", project)
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(1));
        given().auth()
                .oauth2(COORDINATOR)
                .queryParam("projectId", project)
                .queryParam("status", "SUBMITTED")
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(1));
        given().auth()
                .oauth2(Tokens.mentee(Scenario.unique("eve")))
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/applications/" + application + "/withdraw")
                .then()
                .statusCode(404);
        assertThat(Scenario.status(application)).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyAnOpenApplicationCanBeWithdrawn() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("amy");
        UUID application = Scenario.applicant(user, project);
        String token = Tokens.mentee(user);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/applications/" + application + "/withdraw")
                .then()
                .statusCode(200);
        int history = Scenario.historySize(application);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/applications/" + application + "/withdraw")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "application-not-open"));
        assertThat(Scenario.historySize(application)).isEqualTo(history);
    }
}
