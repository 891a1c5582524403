package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mentorship.application.Scenario.COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class HistoryTest {

    @Test
    void everyStatusChangeIsKeptAndTheApplicantSeesItWithoutInternalNotes() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("hal");
        UUID application = Scenario.applicant(user, project);
        Scenario.decide(
                        application,
                        Map.of(
                                "outcome",
                                "REJECT",
                                "reason",
                                "Other applicants fit better",
                                "internalNote",
                                "weak communication"))
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("to", equalTo(List.of("SUBMITTED", "REJECTED")))
                .body("[0].actor", equalTo(user))
                .body("[1].from", equalTo("SUBMITTED"))
                .body("[1].actor", equalTo("cora"))
                .body("[1].reason", equalTo("Other applicants fit better"))
                .body("[1].internalNote", equalTo("weak communication"));
        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[1].reason", equalTo("Other applicants fit better"))
                .body("[1].internalNote", nullValue());
    }

    @Test
    void othersCannotReadTheHistory() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        UUID application = Scenario.applicant(Scenario.unique("hal"), project);
        given().auth()
                .oauth2(Tokens.mentee(Scenario.unique("eve")))
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(403);
    }
}
