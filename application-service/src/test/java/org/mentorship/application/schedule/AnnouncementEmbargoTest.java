package org.mentorship.application.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Issue 18, item 3, the announcement embargo of a term: decisions made before its announceAt show nothing to the
 * applicant (status, history, mail, feed notice, call task, onboarding) until then, and all of it at that time;
 * moving the time moves what is held, removing it releases it, and a passed time is fixed.
 */
@QuarkusTest
class AnnouncementEmbargoTest {

    @Inject
    EntityManager em;

    @Test
    void decisionsMadeEarlyShowNothingToTheApplicantUntilTheAnnouncementThenAllAtOnce() {
        Instant announceAt = Scenario.now().plus(Duration.ofDays(4)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID term = termAnnouncingAt(announceAt);
        UUID project = Scenario.project(term, 2, "mia");
        String ada = Scenario.unique("ada");
        String bo = Scenario.unique("bo");
        UUID accepted = ready(ada, "EMAIL", project);
        UUID rejected = ready(bo, "PHONE", project);
        Scenario.acceptEarly(accepted).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        Scenario.decide(rejected, Map.of("outcome", "REJECT", "reason", "another applicant fit better"))
                .then()
                .statusCode(200);

        // The applicant sees her application as before the decision; staff see it and until when it is held.
        asApplicant(ada, accepted)
                .then()
                .body("status", equalTo("SUBMITTED"))
                .body("decidedAt", nullValue())
                .body("heldUntil", nullValue())
                .body("nextStep.action", equalTo("AWAIT_DECISION"));
        asApplicant(bo, rejected).then().body("status", equalTo("SUBMITTED")).body("decisionReason", nullValue());
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + accepted)
                .then()
                .body("status", equalTo("ACCEPTED"))
                .body("heldUntil", equalTo(announceAt.toString()))
                .body("announcedAt", nullValue());
        mine(ada, "ACCEPTED").then().body("items", hasSize(0));
        mine(ada, "SUBMITTED").then().body("items.id", hasItem(accepted.toString()));
        history(ada, accepted).then().body("to", not(hasItem("ACCEPTED")));
        summary(ada).then().body("open[0].status", equalTo("SUBMITTED"));
        // The mail waits for the announcement, the notice is not in her feed, the call is not listed nor closable.
        notifications(accepted).then().body("[0].nextAttemptAt", equalTo(announceAt.toString()));
        feed(ada).then().body("items", hasSize(0));
        UUID call = callTaskOf(rejected);
        calls(rejected).then().body("items", hasSize(0));
        closeCall(call).then().statusCode(404);
        // Her onboarding answers as if she were not accepted yet.
        sign(ada, accepted).then().statusCode(409).body("type", equalTo(PROBLEMS + "not-accepted"));
        given().auth()
                .oauth2(Tokens.mentee(ada))
                .get("/api/v1/applications/" + accepted + "/onboarding")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "not-accepted"));

        Scenario.advance(Duration.between(Scenario.now(), announceAt).plusSeconds(1));

        asApplicant(ada, accepted)
                .then()
                .body("status", equalTo("ACCEPTED"))
                .body("decidedAt", not(nullValue()))
                .body("nextStep.action", equalTo("SIGN_CONTRACT"));
        asApplicant(bo, rejected)
                .then()
                .body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("another applicant fit better"));
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + accepted)
                .then()
                .body("heldUntil", nullValue())
                .body("announcedAt", equalTo(announceAt.toString()));
        mine(ada, "ACCEPTED").then().body("items.id", hasItem(accepted.toString()));
        history(ada, accepted).then().body("to", hasItem("ACCEPTED"));
        feed(ada)
                .then()
                .body("items", hasSize(1))
                .body("items[0].subject", equalTo("You were accepted: " + title(project)));
        calls(rejected).then().body("items", hasSize(1));
        closeCall(call).then().statusCode(200);
        sign(ada, accepted).then().statusCode(200);
    }

    @Test
    void movingTheAnnouncementLaterMovesWhatIsHeldAndRemovingItReleasesIt() {
        Instant first = Scenario.now().plus(Duration.ofDays(4)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant later = first.plus(Duration.ofDays(2));
        UUID term = termAnnouncingAt(first);
        UUID project = Scenario.project(term, 2, "mia");
        String cy = Scenario.unique("cy");
        String di = Scenario.unique("di");
        UUID mailed = ready(cy, "EMAIL", project);
        UUID called = ready(di, "PHONE", project);
        Scenario.acceptEarly(mailed).then().statusCode(200);
        Scenario.acceptEarly(called).then().statusCode(200);

        // Before applications close is refused, nothing changed.
        JsonPath t = ProjectScheduleTest.term(term);
        changeAnnouncement(t, t.getString("applicationsCloseAt"))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "invalid-announcement-time"));
        assertThat(ProjectScheduleTest.term(term).getString("announceAt")).isEqualTo(first.toString());

        changeAnnouncement(ProjectScheduleTest.term(term), later.toString())
                .then()
                .statusCode(200);
        notifications(mailed).then().body("[0].nextAttemptAt", equalTo(later.toString()));
        assertThat(heldNoticeOf(cy)).isEqualTo(later);
        assertThat(callVisibleFrom(called)).isEqualTo(later);
        Scenario.advance(Duration.between(Scenario.now(), first).plusSeconds(1)); // the first time passes: still held
        asApplicant(cy, mailed).then().body("status", equalTo("SUBMITTED"));
        feed(cy).then().body("items", hasSize(0));
        calls(called).then().body("items", hasSize(0));

        changeAnnouncement(ProjectScheduleTest.term(term), null).then().statusCode(200);
        asApplicant(cy, mailed).then().body("status", equalTo("ACCEPTED"));
        feed(cy).then().body("items", hasSize(1));
        calls(called).then().body("items", hasSize(1));
        Instant due = Instant.parse(notifications(mailed).then().extract().path("[0].nextAttemptAt"));
        assertThat(due).isBeforeOrEqualTo(Scenario.now());
    }

    @Test
    void anAnnouncementThatPassedIsFixed() {
        Instant announceAt = Scenario.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID term = termAnnouncingAt(announceAt);
        Scenario.advance(Duration.between(Scenario.now(), announceAt).plusSeconds(1));
        JsonPath t = ProjectScheduleTest.term(term);
        changeAnnouncement(t, announceAt.plus(Duration.ofDays(1)).toString())
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "announcement-made"));
        changeAnnouncement(t, null).then().statusCode(409);
        assertThat(ProjectScheduleTest.term(term).getString("announceAt")).isEqualTo(announceAt.toString());
    }

    private static UUID termAnnouncingAt(Instant announceAt) {
        Instant now = Scenario.now();
        Map<String, Object> body = Scenario.termBody(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), 14);
        body.put("announceAt", announceAt.toString());
        return Scenario.createTerm(body);
    }

    private static UUID ready(String user, String contact, UUID project) {
        Scenario.profile(user, contact);
        UUID application = Scenario.apply(user, project);
        Scenario.completePrerequisites(user, "mia", application);
        return application;
    }

    private static Response changeAnnouncement(JsonPath term, String announceAt) {
        Map<String, Object> body = ProjectScheduleTest.termBody(term);
        body.put("announceAt", announceAt);
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/terms/" + term.getString("id"));
    }

    private static Response asApplicant(String user, UUID application) {
        return given().auth().oauth2(Tokens.mentee(user)).get("/api/v1/applications/" + application);
    }

    private static Response mine(String user, String status) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .queryParam("status", status)
                .get("/api/v1/applications");
    }

    private static Response history(String user, UUID application) {
        return given().auth().oauth2(Tokens.mentee(user)).get("/api/v1/applications/" + application + "/history");
    }

    private static Response summary(String user) {
        return given().auth().oauth2(Tokens.mentee(user)).get("/api/v1/me/summary");
    }

    private static Response feed(String user) {
        return given().auth().oauth2(Tokens.mentee(user)).get("/api/v1/me/notices");
    }

    private static Response notifications(UUID application) {
        return given().auth().oauth2(COORDINATOR).get("/api/v1/applications/" + application + "/notifications");
    }

    private static Response calls(UUID application) {
        return given().auth()
                .oauth2(COORDINATOR)
                .queryParam("applicationId", application)
                .get("/api/v1/call-tasks");
    }

    private static Response closeCall(UUID call) {
        return given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(Map.of("note", "told them"))
                .post("/api/v1/call-tasks/" + call + "/done");
    }

    private static Response sign(String user, UUID application) {
        return given().auth()
                .oauth2(Tokens.mentee(user))
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", "Ada Example", "contractVersion", "2026.1"))
                .post("/api/v1/applications/" + application + "/onboarding/contract");
    }

    private static String title(UUID project) {
        return given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/projects/" + project)
                .then()
                .extract()
                .path("title");
    }

    private UUID callTaskOf(UUID application) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (UUID) em.createNativeQuery("select id from call_task where application_id = ?1")
                        .setParameter(1, application)
                        .getSingleResult());
    }

    private Instant callVisibleFrom(UUID application) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant)
                em.createNativeQuery("select visible_from from call_task where application_id = ?1", Instant.class)
                        .setParameter(1, application)
                        .getSingleResult());
    }

    private Instant heldNoticeOf(String person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (Instant)
                        em.createNativeQuery("select visible_from from notice where person_id = ?1", Instant.class)
                                .setParameter(1, person)
                                .getSingleResult());
    }
}
