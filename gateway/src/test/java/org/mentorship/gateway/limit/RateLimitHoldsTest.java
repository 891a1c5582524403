package org.mentorship.gateway.limit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.Problems;
import org.mentorship.testsupport.Tokens;

/**
 * The limits an attacker cannot walk around: bad tokens are limited per address, X-Forwarded-For counts only from
 * the proxy ops trust (here the test's own 127.0.0.1) and only its right-most entry, and the bucket table stays
 * bounded under a flood of distinct addresses.
 */
@QuarkusTest
@TestProfile(RateLimitHoldsTest.BehindTrustedProxy.class)
@WithTestResource(FakeUpstreams.class)
class RateLimitHoldsTest {

    static final int MAX_CLIENTS = 100;

    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mentorship.gateway.trusted-proxies",
                    "127.0.0.1,::1",
                    "mentorship.gateway.rate-limit.anonymous-capacity",
                    "3",
                    "mentorship.gateway.rate-limit.failed-authentication-capacity",
                    "3",
                    "mentorship.gateway.rate-limit.max-clients",
                    Integer.toString(MAX_CLIENTS),
                    "mentorship.gateway.rate-limit.period",
                    "1h");
        }
    }

    @Inject
    RateLimitRoute limits;

    @Test
    void badTokensAreLimitedPerAddressBeforeTheirSignatureIsChecked() {
        String bad = Tokens.mentee("rita") + "x";
        for (int i = 0; i < 3; i++) {
            Problems.assertProblem(
                    from("203.0.113.50")
                            .auth()
                            .oauth2(bad)
                            .get("/api/v1/mentorships/1")
                            .then(),
                    401,
                    "invalid-token");
        }
        var refused = from("203.0.113.50")
                .auth()
                .oauth2(bad)
                .get("/api/v1/mentorships/1")
                .then();
        Problems.assertProblem(refused, 429, "too-many-requests");
        refused.header("Retry-After", notNullValue());
        // That address is refused until its budget refills, good token or not; any other address is served.
        Problems.assertProblem(
                from("203.0.113.50")
                        .auth()
                        .oauth2(Tokens.mentee("rita"))
                        .get("/api/v1/mentorships/1")
                        .then(),
                429,
                "too-many-requests");
        from("203.0.113.51")
                .auth()
                .oauth2(Tokens.mentee("rita"))
                .get("/api/v1/mentorships/1")
                .then()
                .statusCode(200);
    }

    @Test
    void aClientCannotPoseAsOtherAddressesByWritingTheHeaderItself() {
        for (int i = 0; i < 3; i++) {
            from("198.51.100." + i + ", 203.0.113.60")
                    .get("/api/v1/projects")
                    .then()
                    .statusCode(200);
        }
        // The trusted proxy appended the real address (203.0.113.60); what the client put before it is not read.
        Problems.assertProblem(
                from("198.51.100.99, 203.0.113.60").get("/api/v1/projects").then(), 429, "too-many-requests");
    }

    @Test
    void aFloodOfDistinctAddressesStaysBoundedAndOthersAreStillServed() {
        for (int i = 0; i < 1_000; i++) {
            from("192.0." + (i / 250) + "." + (i % 250 + 1))
                    .get("/api/v1/projects")
                    .then()
                    .statusCode(200);
        }
        long[] sizes = limits.sizes();
        assertTrue(
                Arrays.stream(sizes).allMatch(size -> size <= MAX_CLIENTS),
                "buckets after the flood: " + Arrays.toString(sizes));
        given().auth()
                .oauth2(Tokens.mentee("sam"))
                .get("/api/v1/mentorships/1")
                .then()
                .statusCode(200);
        from("203.0.113.70").get("/api/v1/projects").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification from(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor);
    }
}
