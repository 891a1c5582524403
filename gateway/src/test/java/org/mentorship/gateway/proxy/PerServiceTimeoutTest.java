package org.mentorship.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.TightLimits;
import org.mentorship.testsupport.Tokens;

/**
 * The certificate service (3 s to answer) has its own 6 s timeout here. Without it the 1 s default applies:
 * see UpstreamFailureTest, where the same service times out with 504.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
@WithTestResource(FakeUpstreams.class)
class PerServiceTimeoutTest {

    @Test
    void aServiceWithItsOwnTimeoutIsWaitedForLonger() {
        given().auth()
                .oauth2(Tokens.coordinator("tim"))
                .get("/api/v1/exams")
                .then()
                .statusCode(200)
                .body(equalTo("too late"))
                .time(greaterThanOrEqualTo(FakeUpstreams.SLOW_MILLIS - 100));
    }
}
