package org.mentorship.certificate.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.contracts.events.MenteeOnboarded;
import org.mentorship.testsupport.Tokens;

/** Completion records from events: opened exactly once, visible to their mentee, closed by a termination. */
@QuarkusTest
class CompletionRecordTest {

    @Inject
    EntityManager entityManager;

    @Test
    void menteeOnboardedOpensOneRecordWhateverIsRedelivered() {
        Program p = Program.next();
        UUID eventId = UUID.randomUUID();
        MenteeOnboarded onboarded = p.onboarded();
        Program.publish(onboarded, eventId);
        Program.publish(onboarded, eventId);
        Program.publish(onboarded); // the same fact under another event id
        Program.publish(p.completed()); // proves the earlier records of this key were all consumed
        p.awaitCompleted();

        assertThat(count("select count(*) from completion where mentorship_id = ?1", p.mentorshipId))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from completion_history h join completion c on c.id = h.completion_id "
                                + "where c.mentorship_id = ?1 and h.reason like 'Mentee onboarded%'",
                        p.mentorshipId))
                .isEqualTo(1);
    }

    @Test
    void theMenteeSeesTheChecklistAndWhatIsMissing() {
        Program p = Program.next().onboard();
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/completions/me")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].mentorshipId", equalTo(p.mentorshipId.toString()))
                .body("[0].status", equalTo("OPEN"))
                .body("[0].menteeName", equalTo("Ana Okafor-Lindqvist"))
                .body("[0].requirements.key", contains("mentorship-completed", "feedback-survey"))
                .body("[0].requirements.met", contains(false, false))
                .body("[0].missing", contains("Mentorship completed", "Feedback survey answered"));

        Program.publish(p.completed());
        p.awaitCompleted();
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/completions/" + p.mentorshipId)
                .then()
                .statusCode(200)
                .body("requirements.met", contains(true, false))
                .body("missing", contains("Feedback survey answered"))
                .body("requirements[1].detail", equalTo("Open: please answer the feedback survey"));
    }

    @Test
    void anotherMenteeGets404AndAMentorOutsideTheMentorship403() {
        Program p = Program.next().onboard();
        given().auth()
                .oauth2(Tokens.mentee("eve"))
                .get("/api/v1/completions/" + p.mentorshipId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.mentor("otto"))
                .get("/api/v1/completions/" + p.mentorshipId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(p.mentorToken)
                .get("/api/v1/completions/" + p.mentorshipId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.finance("fiona"))
                .get("/api/v1/completions/" + p.mentorshipId)
                .then()
                .statusCode(403);
        given().get("/api/v1/completions/" + p.mentorshipId).then().statusCode(401);
        given().auth().oauth2(p.menteeToken).get("/api/v1/completions").then().statusCode(403);
    }

    @Test
    void aTerminatedMentorshipClosesItsRecordWithoutACertificate() {
        Program p = Program.next().onboard();
        Program.publish(p.terminated());
        p.awaitRecord("CLOSED");
        // Nothing that arrives later certifies it.
        Program.publish(p.completed());
        p.awaitCompleted();
        p.answerSurvey()
                .then()
                .statusCode(409)
                .body("type", equalTo("https://mentorship.example.org/problems/completion-closed"));
        assertThat(p.record().getString("status")).isEqualTo("CLOSED");
        assertThat(p.record().getString("closeReason")).isEqualTo("Final evaluation failed");
        assertThat(p.certificateCount()).isZero();
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/completions/" + p.mentorshipId + "/history")
                .then()
                .statusCode(200)
                .body("to", hasItem("CLOSED"));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("status", "CLOSED")
                .queryParam("projectId", p.projectId)
                .get("/api/v1/completions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].mentorshipId", equalTo(p.mentorshipId.toString()));
        given().auth()
                .oauth2(Program.COORDINATOR)
                .queryParam("status", "OPEN")
                .queryParam("projectId", p.projectId)
                .get("/api/v1/completions")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void anEvaluationEventThatOvertakesOnboardingStillCountsOnce() {
        Program p = Program.next();
        Program.publish(p.completed());
        p.awaitCompleted();
        assertThat(p.record().getList("missing")).contains("Onboarding completed");
        Program.publish(p.onboarded());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> "Ana Okafor-Lindqvist".equals(p.record().getString("menteeName")));
        assertThat(p.record().getList("missing")).containsExactly("Feedback survey answered");
    }

    private long count(String sql, Object param) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, param)
                                .getSingleResult())
                        .longValue());
    }
}
