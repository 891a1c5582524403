package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.EventSchemas;
import org.mentorship.contracts.events.MentorshipCompleted;
import org.mentorship.evaluation.support.Plans;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/** The mentee submits the program output in the final evaluation's window, a mentor confirms it, it travels. */
@QuarkusTest
class ProgramOutputTest {

    private static final String TYPES = "https://mentorship.example.org/problems/";
    private static final String URL = "https://github.com/cnsf/storage/pulls?q=author:ana";

    private final String mentee = Program.user("ana");
    private final String mentor = Program.user("mia");

    @Test
    void theConfirmedOutputTravelsInMentorshipCompleted() {
        UUID id = Program.started(mentee, List.of(mentor), 90); // the final evaluation's window is open
        put(Tokens.mentee(mentee), id, URL, "Logging landed.")
                .then()
                .statusCode(200)
                .body("workProductUrl", equalTo(URL))
                .body("confirmed", equalTo(false));
        confirm(Tokens.mentor(mentor), id).then().statusCode(200).body("confirmed", equalTo(true));
        put(Tokens.mentee(mentee), id, URL, "Logging landed in two sidecars too.")
                .then()
                .statusCode(200)
                .body("confirmed", equalTo(false));
        confirm(Tokens.mentor(mentor), id)
                .then()
                .statusCode(200)
                .body("confirmed", equalTo(true))
                .body("confirmedBy", equalTo(mentor));

        Plans.taskIds(id).forEach(task -> Plans.finish(mentee, mentor, id, task));
        for (int number = 1; number <= 3; number++) {
            Program.submit(mentor, id, number, "PASS").then().statusCode(201);
        }
        var events = Program.events(id, 5);
        assertThat(Program.types(events)).endsWith("MentorshipCompleted");
        String completed = events.get(4).value();
        EventSchemas.validate("MentorshipCompleted", completed);
        MentorshipCompleted event = EventJson.read(MentorshipCompleted.class, completed);
        assertThat(event.workProductUrl()).isEqualTo(URL);
        assertThat(event.finalReport()).isEqualTo("Logging landed in two sidecars too.");

        put(Tokens.mentee(mentee), id, URL, "Later")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "mentorship-ended"));
    }

    @Test
    void anUnconfirmedOutputDoesNotTravelAndCompletionDoesNotWaitForIt() {
        UUID id = Program.started(mentee, List.of(mentor), 90);
        put(Tokens.mentee(mentee), id, URL, "Not confirmed").then().statusCode(200);
        Plans.taskIds(id).forEach(task -> Plans.finish(mentee, mentor, id, task));
        for (int number = 1; number <= 3; number++) {
            Program.submit(mentor, id, number, "PASS").then().statusCode(201);
        }
        var events = Program.events(id, 5);
        MentorshipCompleted event =
                EventJson.read(MentorshipCompleted.class, events.get(4).value());
        assertThat(event.workProductUrl()).isNull();
        assertThat(event.finalReport()).isNull();
    }

    @Test
    void othersAreRefusedAndNothingChanges() {
        UUID id = Program.started(mentee, List.of(mentor), 90);
        put(Tokens.mentee(Program.user("other")), id, URL, "Mine").then().statusCode(404);
        put(Tokens.mentor(mentor), id, URL, "Mentor's").then().statusCode(403);
        put(Program.COORDINATOR, id, URL, "Coordinator's").then().statusCode(403);
        put(Tokens.of(mentee, "mentee", "mentor"), id, URL, "Hers").then().statusCode(200);
        confirm(Tokens.of(mentee, "mentee", "mentor"), id).then().statusCode(403); // never her own
        confirm(Tokens.mentor(Program.user("max")), id).then().statusCode(403);
        confirm(Tokens.mentee(mentee), id).then().statusCode(403);
        get(Tokens.mentor(mentor), id).then().statusCode(200).body("confirmed", equalTo(false));
        get(Tokens.mentee(Program.user("other")), id).then().statusCode(404);
    }

    @Test
    void aBadLinkOrReportIsRefusedAndNothingChanges() {
        UUID id = Program.started(mentee, List.of(mentor), 90);
        put(Tokens.mentee(mentee), id, "http://github.com/cnsf/storage", "Report")
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "work-product-url-invalid"));
        put(Tokens.mentee(mentee), id, URL, "a".repeat(4001)).then().statusCode(400);
        confirm(Tokens.mentor(mentor), id).then().statusCode(409).body("type", equalTo(TYPES + "output-missing"));
        get(Tokens.mentee(mentee), id)
                .then()
                .statusCode(200)
                .body("workProductUrl", nullValue())
                .body("submittedAt", nullValue());
    }

    @Test
    void outsideTheWindowTheOutputIsRefused() {
        UUID early = Program.started(mentee, List.of(mentor), 10); // the final evaluation is due in 74 days
        put(Tokens.mentee(mentee), early, URL, "Too early")
                .then()
                .statusCode(422)
                .body("type", equalTo(TYPES + "output-window-not-open"));
        get(Tokens.mentee(mentee), early).then().body("workProductUrl", nullValue());

        UUID late = Program.started(mentee, List.of(mentor), 90);
        put(Tokens.mentee(mentee), late, URL, "In time").then().statusCode(200);
        for (int number = 1; number <= 3; number++) { // the plan's tasks stay open: the mentorship stays open
            Program.submit(mentor, late, number, "PASS").then().statusCode(201);
        }
        put(Tokens.mentee(mentee), late, URL, "After the final evaluation")
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "output-window-closed"));
        confirm(Tokens.mentor(mentor), late)
                .then()
                .statusCode(409)
                .body("type", equalTo(TYPES + "output-window-closed"));
        get(Tokens.mentee(mentee), late)
                .then()
                .body("finalReport", equalTo("In time"))
                .body("windowClosed", equalTo(true));
    }

    private static Response put(String token, UUID id, String url, String report) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"workProductUrl\":\"" + url + "\",\"finalReport\":\"" + report + "\"}")
                .put("/api/v1/mentorships/" + id + "/output");
    }

    private static Response confirm(String token, UUID id) {
        return given().auth().oauth2(token).post("/api/v1/mentorships/" + id + "/output/confirmation");
    }

    private static Response get(String token, UUID id) {
        return given().auth().oauth2(token).get("/api/v1/mentorships/" + id + "/output");
    }
}
