package org.mentorship.gateway.limit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.Problems;
import org.mentorship.gateway.testing.TightLimits;
import org.mentorship.testsupport.Tokens;

@QuarkusTest
@TestProfile(TightLimits.class)
@WithTestResource(FakeUpstreams.class)
class RateLimitTest {

    @Test
    void aSignedInPersonGets429WithRetryAfterOnceTheBucketIsEmpty() {
        String token = Tokens.mentee("rita");
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/mentorships/1")
                    .then()
                    .statusCode(200)
                    .header("X-RateLimit-Remaining", notNullValue())
                    .header("X-RateLimit-Limit", notNullValue());
        }
        var refused = given().auth().oauth2(token).get("/api/v1/mentorships/1").then();
        Problems.assertProblem(refused, 429, "too-many-requests");
        long retryAfter = Long.parseLong(refused.extract().header("Retry-After"));
        org.junit.jupiter.api.Assertions.assertTrue(retryAfter > 0 && retryAfter <= 1200, "Retry-After " + retryAfter);
        // The budget is the person's, whichever token they present; another person has their own.
        Problems.assertProblem(
                given().auth()
                        .oauth2(Tokens.of("rita", "mentor"))
                        .get("/api/v1/mentorships/1")
                        .then(),
                429,
                "too-many-requests");
        given().auth()
                .oauth2(Tokens.mentee("sam"))
                .get("/api/v1/mentorships/1")
                .then()
                .statusCode(200);
    }

    @Test
    void withoutATokenTheBudgetIsTheAddresses() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/projects").then().statusCode(200);
        }
        // No proxy is trusted by default: a made-up X-Forwarded-For does not make another client.
        var refused = given().header("X-Forwarded-For", "203.0.113.9")
                .get("/api/v1/projects")
                .then();
        Problems.assertProblem(refused, 429, "too-many-requests");
        refused.header("Retry-After", notNullValue()).header("X-RateLimit-Limit", notNullValue());
    }

    @Test
    void refusedTokensDoNotSpendABudget() {
        for (int i = 0; i < 5; i++) {
            Problems.assertProblem(given().get("/api/v1/mentorships/1").then(), 401, "authentication-required");
        }
        given().auth()
                .oauth2(Tokens.mentee("tom"))
                .get("/api/v1/mentorships/1")
                .then()
                .statusCode(200);
    }

    @Test
    void healthIsNotLimited() {
        for (int i = 0; i < 5; i++) {
            given().get("/q/health/live").then().statusCode(200);
        }
    }
}
