package org.mentorship.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.Problems;
import org.mentorship.testsupport.Tokens;

/** Here the stipend service is down and the certificate service answers after 3 s (the dashboard waits 1 s). */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class DashboardPartialTest {

    @Test
    void whatIsAvailableComesBackAndTheRestIsNamed() {
        String token = Tokens.mentee("alice");
        given().auth()
                .oauth2(token)
                .get("/api/v1/me/dashboard")
                .then()
                .statusCode(200)
                .time(lessThan(FakeUpstreams.SLOW_MILLIS))
                .body("user", equalTo("alice"))
                .body("roles", contains("mentee"))
                // The fake services echo the request they got: path and the caller's own token.
                .body("applications.service", equalTo("application"))
                .body("applications.path", equalTo("/api/v1/me/summary"))
                .body("applications.headers.authorization", equalTo("Bearer " + token))
                .body("mentorship.service", equalTo("evaluation"))
                .body("mentorship.headers.authorization", equalTo("Bearer " + token))
                .body("stipends", nullValue())
                .body("certificate", nullValue())
                .body("unavailable", contains("stipend", "certificate"));
    }

    @Test
    void theRequestIdGoesToTheServices() {
        given().auth()
                .oauth2(Tokens.mentor("mia"))
                .header("X-Request-Id", "dash-1")
                .get("/api/v1/me/dashboard")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "dash-1")
                .body("roles", contains("mentor"))
                .body("applications.headers.x-request-id", equalTo("dash-1"));
    }

    @Test
    void itNeedsAToken() {
        Problems.assertProblem(given().get("/api/v1/me/dashboard").then(), 401, "authentication-required");
        Problems.assertProblem(
                given().auth()
                        .oauth2(Tokens.forged("alice", "mentee"))
                        .get("/api/v1/me/dashboard")
                        .then(),
                401,
                "invalid-token");
    }

    @Test
    void itIsInTheMergedDocument() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/me/dashboard'.get.summary", equalTo("The caller's dashboard"))
                .body("paths.'/api/v1/me/dashboard'.get.requestBody", nullValue())
                .body("paths.'/api/v1/me/dashboard'.get.security[0]", hasKey("SecurityScheme"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("paths.'/openapi'", nullValue());
    }
}
