package org.mentorship.certificate.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.certificate.Program;
import org.mentorship.testsupport.Tokens;

/** GET /api/v1/me/summary: each role its part. */
@QuarkusTest
class SummaryTest {

    @Test
    void aMenteeSeesWhatIsMissingAndTheirCertificates() {
        Program open = Program.next().onboard();
        given().auth()
                .oauth2(open.menteeToken)
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("completions", hasSize(1))
                .body("completions[0].missing", contains("Mentorship completed", "Feedback survey answered"))
                .body("completions[0].surveyOpen", equalTo(false))
                .body("certificates", hasSize(0));

        Program done = Program.next();
        done.certify();
        given().auth()
                .oauth2(done.menteeToken)
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("completions[0].status", equalTo("CERTIFIED"))
                .body("certificates", hasSize(1))
                .body("certificates[0].status", equalTo("VALID"));
    }

    @Test
    void aMentorSeesTheirMenteesOpenRecords() {
        Program p = Program.next().onboard();
        given().auth()
                .oauth2(p.mentorToken)
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("openCompletions", equalTo(1))
                .body("mentees[0].mentorshipId", equalTo(p.mentorshipId.toString()));
    }

    @Test
    void aCoordinatorSeesCountsAndFinanceNothing() {
        Program.next().onboard();
        given().auth()
                .oauth2(Program.COORDINATOR)
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("openCompletions", greaterThanOrEqualTo(1))
                .body("validCertificates", greaterThanOrEqualTo(0));
        given().auth()
                .oauth2(Tokens.finance("fiona"))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("$", anEmptyMap());
        given().auth()
                .oauth2(Tokens.partner("lms"))
                .get("/api/v1/me/summary")
                .then()
                .statusCode(200)
                .body("$", anEmptyMap());
        given().get("/api/v1/me/summary").then().statusCode(401);
    }
}
