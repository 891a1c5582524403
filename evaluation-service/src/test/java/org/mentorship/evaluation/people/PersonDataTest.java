package org.mentorship.evaluation.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.PersonErased;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** PersonSettingsChanged is kept, PersonErased pseudonymises once, GET /api/v1/me/data shows what is held. */
@QuarkusTest
class PersonDataTest {

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void settingsAreKeptAndAnErasurePseudonymisesOnce() {
        UUID id = Program.started(mentee, List.of(mentor), 40);
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        Program.kafka()
                .publish(
                        new PersonSettingsChanged(
                                mentee, "Europe/Berlin", Map.of("evaluation-reminder", "feed"), Instant.now()),
                        UUID.randomUUID(),
                        Program.SOURCE);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Program.count("select count(*) from person_setting where person_id = ?1", mentee) == 1);
        given().auth()
                .oauth2(Tokens.mentee(mentee))
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("asMentee[0].menteeName", equalTo("Ana " + mentee))
                .body("asMentee[0].evaluations[0].commentsForMentee", equalTo("Good steady work"))
                .body("settings.timeZone", equalTo("Europe/Berlin"));

        UUID eventId = UUID.randomUUID();
        PersonErased erased = new PersonErased(UUID.randomUUID(), mentee, "person-7f3a", Instant.now());
        Program.kafka().publish(erased, eventId, Program.SOURCE);
        Program.kafka().publish(erased, eventId, Program.SOURCE); // redelivered: applied once (inbox)
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Program.count(
                                "select count(*) from mentorship where id = ?1 and mentee_name = 'person-7f3a'", id)
                        == 1);
        assertThat(Program.count("select count(*) from person_setting where person_id = ?1", mentee))
                .isZero();
        assertThat(Program.count(
                        "select count(*) from evaluation where mentorship_id = ?1 and comments_for_mentee = '(erased)'"
                                + " and private_comments = '(erased)'",
                        id))
                .isEqualTo(1);
        assertThat(Program.count(
                        "select count(*) from mentorship where id = ?1 and mentee_email = 'person-7f3a@erased.invalid'",
                        id))
                .isEqualTo(1);
        assertThat(Program.count("select count(*) from inbox_message where event_id = ?1", eventId))
                .isEqualTo(1);
        Program.asCoordinator("GET", "/api/v1/mentorships/" + id, null)
                .then()
                .body("menteeName", equalTo("person-7f3a"))
                .body("mentorIds", org.hamcrest.Matchers.contains(mentor));
    }

    @Test
    void aMentorsDataNamesTheMentorshipsTheyMentor() {
        UUID id = Program.started(mentee, List.of(mentor), 10);
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("asMentor[0].mentorshipId", equalTo(id.toString()))
                .body("asMentor[0].email", equalTo(mentor + "@example.org"))
                .body("asMentee.size()", equalTo(0));
        given().get("/api/v1/me/data").then().statusCode(401);
    }
}
