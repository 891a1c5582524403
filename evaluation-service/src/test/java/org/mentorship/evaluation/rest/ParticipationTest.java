package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Plans;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** Participation is recorded by the people of the mentorship and counted per evaluation period. */
@QuarkusTest
class ParticipationTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void participationIsCountedPerEvaluationPeriodWithTheLastMentorContact() {
        UUID id = Program.started(mentee, List.of(mentor), 40); // evaluation 1 was due 12 days ago
        Instant now = Program.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant inFirst = now.minus(Duration.ofDays(20));
        Instant inSecond = now.minus(Duration.ofHours(2));
        record(Tokens.mentee(mentee), id, "MEETING", inFirst)
                .then()
                .statusCode(201)
                .body("recordedBy", equalTo(mentee));
        record(Tokens.mentee(mentee), id, "CONTRIBUTION", inFirst).then().statusCode(201);
        record(Tokens.mentor(mentor), id, "MENTOR_CONTACT", inFirst).then().statusCode(201);
        record(Tokens.mentee(mentee), id, "DISCUSSION", inSecond).then().statusCode(201);
        record(Tokens.mentor(mentor), id, "MENTOR_CONTACT", inSecond).then().statusCode(201);

        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/mentorships/" + id + "/participation/periods")
                .then()
                .statusCode(200)
                .body("", hasSize(3))
                .body("[0].counts.MEETING", equalTo(1))
                .body("[0].counts.CONTRIBUTION", equalTo(1))
                .body("[0].counts.MENTOR_CONTACT", equalTo(1))
                .body("[0].counts.DISCUSSION", equalTo(0))
                .body("[0].lastContactAt", equalTo(inFirst.toString()))
                .body("[1].counts.DISCUSSION", equalTo(1))
                .body("[1].counts.MEETING", equalTo(0))
                .body("[1].lastContactAt", equalTo(inSecond.toString()))
                .body("[2].counts.DISCUSSION", equalTo(0));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .queryParam("size", 2)
                .get("/api/v1/mentorships/" + id + "/participation")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(5))
                .body("size", equalTo(2));
    }

    @Test
    void theEvidenceOfAPeriodShowsWorkDoneAndParticipation() {
        UUID id = Program.started(mentee, List.of(mentor), 25); // evaluation 1 due in 3 days
        Plans.finish(mentee, mentor, id, Plans.taskIds(id).get(0));
        record(Tokens.mentee(mentee), id, "MEETING", Program.clock().instant().minus(Duration.ofDays(1)));

        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/mentorships/" + id + "/evaluations/1/evidence")
                .then()
                .statusCode(200)
                .body("number", equalTo(1))
                .body("tasksDone", hasSize(1))
                .body("tasksDone[0].evidenceLinks[0]", equalTo("https://github.com/org/repo/pull/1"))
                .body("participation.counts.MEETING", equalTo(1))
                .body("planProgress.STARTER.done", equalTo(1))
                .body("planProgress.STARTER.total", equalTo(3));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/mentorships/" + id + "/evaluations/2/evidence")
                .then()
                .statusCode(200)
                .body("tasksDone", hasSize(0))
                .body("participation.counts.MEETING", equalTo(0));
    }

    @Test
    void theFutureAndOutsidersAreRefused() {
        UUID id = Program.started(mentee, List.of(mentor), 5);
        record(Tokens.mentee(mentee), id, "MEETING", Program.clock().instant().plus(Duration.ofDays(1)))
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "participation-in-future"));
        record(
                        Tokens.mentee(Program.user("eve")),
                        id,
                        "MEETING",
                        Program.clock().instant())
                .then()
                .statusCode(404);
        record(
                        Tokens.mentor(Program.user("otto")),
                        id,
                        "MEETING",
                        Program.clock().instant())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/mentorships/" + id + "/participation")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void aRetriedRecordingWithItsIdempotencyKeyCountsOnce() {
        UUID id = Program.started(mentee, List.of(mentor), 25);
        Instant at = Program.clock().instant().minus(Duration.ofDays(1));
        var firstAnswer = record(Tokens.mentee(mentee), id, "MEETING", at, "call-7")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .extract();
        String first = firstAnswer.path("id");
        record(Tokens.mentee(mentee), id, "MEETING", at, "call-7")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first))
                .header("Location", firstAnswer.header("Location"))
                .body(equalTo(firstAnswer.asString()));
        record(Tokens.mentee(mentee), id, "DISCUSSION", at, "call-7")
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "idempotency-key-reused"));
        // The key is the caller's own: the mentor's entry under the same key is another entry.
        record(Tokens.mentor(mentor), id, "MEETING", at, "call-7")
                .then()
                .statusCode(201)
                .body("id", org.hamcrest.Matchers.not(equalTo(first)));
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/mentorships/" + id + "/participation")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        // A key names one request: the same entry on another mentorship (another path) under it is refused too.
        UUID other = Program.started(mentee, List.of(mentor), 25);
        record(Tokens.mentee(mentee), other, "MEETING", at, "call-7")
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "idempotency-key-reused"));
    }

    private static io.restassured.response.Response record(String token, UUID id, String kind, Instant at) {
        return record(token, id, kind, at, null);
    }

    private static io.restassured.response.Response record(String token, UUID id, String kind, Instant at, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body("{\"kind\":\"" + kind
                        + "\",\"title\":\"Community call\",\"link\":\"https://meet.example.org/1\","
                        + "\"occurredAt\":\"" + at + "\"}")
                .post("/api/v1/mentorships/" + id + "/participation");
    }
}
