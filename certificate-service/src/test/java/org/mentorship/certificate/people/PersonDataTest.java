package org.mentorship.certificate.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;

/**
 * PersonSettingsChanged is kept; PersonErased pseudonymises the completion record and the survey's free text once,
 * and keeps the letter's holder name and verification; GET /api/v1/me/data shows what is held.
 */
@QuarkusTest
class PersonDataTest {

    @Test
    void anErasureKeepsTheLetterVerifiableAndForgetsTheRest() {
        Program p = Program.next();
        UUID certificate = p.certify();
        String code = p.record().getString("verificationCode");
        given().auth()
                .oauth2(p.menteeToken)
                .contentType(ContentType.JSON)
                .body(Map.of("listed", true))
                .put("/api/v1/completions/" + p.mentorshipId + "/public-listing")
                .then()
                .statusCode(200);
        Program.kafka()
                .publish(
                        new PersonSettingsChanged(
                                p.mentee, "Asia/Tokyo", Map.of("exam-reminder", "feed"), Instant.now()),
                        UUID.randomUUID(),
                        Program.APPLICATIONS);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from person_setting where person_id = ?1", p.mentee) == 1);
        given().auth()
                .oauth2(p.menteeToken)
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("completions[0].menteeName", equalTo("Ana Okafor-Lindqvist"))
                .body("certificates[0].id", equalTo(certificate.toString()))
                .body("settings.timeZone", equalTo("Asia/Tokyo"));

        UUID eventId = UUID.randomUUID();
        PersonErased erased = new PersonErased(UUID.randomUUID(), p.mentee, "person-c41d", Instant.now());
        Program.kafka().publish(erased, eventId, Program.APPLICATIONS);
        Program.kafka().publish(erased, eventId, Program.APPLICATIONS); // redelivered: applied once
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from completion where mentorship_id = ?1 and mentee_name = 'person-c41d'",
                                p.mentorshipId)
                        == 1);
        assertThat(count("select count(*) from person_setting where person_id = ?1", p.mentee))
                .isZero();
        assertThat(count(
                        "select count(*) from survey_answer where mentorship_id = ?1"
                                + " and answers->>'comments' = '(erased)' and answers->>'next-step' = 'keep contributing'",
                        p.mentorshipId))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from completion where mentorship_id = ?1 and publicly_listed", p.mentorshipId))
                .isZero();
        assertThat(count("select count(*) from inbox_message where event_id = ?1", eventId))
                .isEqualTo(1);
        given().get("/api/v1/certificates/verify/" + code)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("signatureValid", equalTo(true))
                .body("facts.menteeName", equalTo("Ana Okafor-Lindqvist"));
    }

    private static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
