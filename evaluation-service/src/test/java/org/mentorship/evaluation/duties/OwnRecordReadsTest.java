package org.mentorship.evaluation.duties;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.evaluation.support.Program;
import org.mentorship.testsupport.Tokens;

/**
 * Reads follow the most restrictive role that applies to the record: the mentee of a mentorship reads it as its
 * mentee, whatever other roles her token holds (no private comments, no evaluation history).
 */
@QuarkusTest
class OwnRecordReadsTest {

    private final String user = Program.user("maya");
    private final String mentor = Program.user("mia");

    @Test
    void aMentorOfHerOwnMentorshipReadsItsEvaluationsAsTheMentee() {
        UUID id = Program.started(user, List.of(mentor, user), 25);
        Program.submit(mentor, id, 1, "PASS").then().statusCode(201);
        String path = "/api/v1/mentorships/" + id + "/evaluations/1";
        given().auth()
                .oauth2(Tokens.mentor(mentor))
                .get(path)
                .then()
                .statusCode(200)
                .body("$", hasKey("privateComments"));

        for (String self : List.of(Tokens.of(user, "mentor", "mentee"), Tokens.of(user, "coordinator", "mentee"))) {
            given().auth().oauth2(self).get(path).then().statusCode(200).body("$", not(hasKey("privateComments")));
            given().auth()
                    .oauth2(self)
                    .get("/api/v1/mentorships/" + id + "/evaluations")
                    .then()
                    .statusCode(200)
                    .body("items[0]", not(hasKey("privateComments")));
            given().auth()
                    .oauth2(self)
                    .get(path + "/history")
                    .then()
                    .statusCode(403)
                    .body("type", equalTo("https://mentorship.example.org/problems/forbidden"));
        }
    }
}
