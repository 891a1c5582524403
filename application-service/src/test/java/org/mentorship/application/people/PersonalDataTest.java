package org.mentorship.application.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.Scenario;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
class PersonalDataTest {

    @Test
    void myDataHoldsMyProfileApplicationsPrerequisitesMailsAndNotices() {
        UUID project = Scenario.project(Scenario.openTerm(), 1, "mia");
        String user = Scenario.unique("dana");
        UUID application = Scenario.applicant(user, project);
        Scenario.decide(application, Map.of("outcome", "REJECT", "reason", "not this time"))
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.mentee(user))
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("personId", equalTo(user))
                .body("settings.timeZone", equalTo("Asia/Tokyo"))
                .body("applicantProfile.name", equalTo("Name of " + user))
                .body("applications", hasSize(1))
                .body("applications[0].application.id", equalTo(application.toString()))
                .body("applications[0].application.timeZone", equalTo("Asia/Tokyo"))
                .body("applications[0].prerequisites", hasSize(1))
                .body("applications[0].emails", hasSize(1))
                .body("applications[0].contractSignature", nullValue())
                .body("notices.kind", equalTo(java.util.List.of("decision")))
                .body("erasureRequest", nullValue());
    }

    @Test
    void aMentorsDataHasNoApplicantProfile() {
        given().auth()
                .oauth2(Tokens.mentor(Scenario.unique("mo")))
                .get("/api/v1/me/data")
                .then()
                .statusCode(200)
                .body("applicantProfile", nullValue())
                .body("applications", hasSize(0))
                .body("settings.timeZone", equalTo("UTC"));
    }
}
