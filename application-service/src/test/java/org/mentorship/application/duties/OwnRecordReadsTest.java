package org.mentorship.application.duties;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mentorship.application.Scenario.COORDINATOR;
import static org.mentorship.application.Scenario.PROBLEMS;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

/**
 * Reads follow the most restrictive role that applies to the record: a token's role union does not open what one of
 * its roles is closed to. A mentor who is also a mentee does not read her mentees' application histories (closed to
 * mentors); a coordinator reads her own application as its applicant.
 */
@QuarkusTest
class OwnRecordReadsTest {

    @Test
    void aMentorWhoIsAlsoAMenteeDoesNotReadTheApplicationHistoryOfHerMentees() {
        String mentor = Scenario.unique("mia");
        UUID application = Scenario.applicant(Scenario.unique("dan"), Scenario.project(Scenario.openTerm(), 1, mentor));

        given().auth()
                .oauth2(Tokens.of(mentor, "mentor", "mentee"))
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    void aCoordinatorReadsHerOwnApplicationAsItsApplicantWithoutInternalNotes() {
        String user = Scenario.unique("cleo");
        UUID application = Scenario.applicant(user, Scenario.project(Scenario.openTerm(), 1, "mia"));
        Scenario.completePrerequisites(user, "mia", application);
        Scenario.acceptEarly(application).then().statusCode(200);
        // Another coordinator sees the override and its internal note.
        given().auth()
                .oauth2(COORDINATOR)
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(200)
                .body("findAll { it.internalNote != null }.size()", equalTo(1));
        String self = Tokens.of(user, "mentee", "coordinator");

        given().auth()
                .oauth2(self)
                .get("/api/v1/applications/" + application)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("overrideReason")));
        given().auth()
                .oauth2(self)
                .get("/api/v1/applications/" + application + "/history")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("$", everyItem(not(hasKey("internalNote"))));
    }
}
