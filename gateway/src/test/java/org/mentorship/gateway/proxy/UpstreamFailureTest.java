package org.mentorship.gateway.proxy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.Problems;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class UpstreamFailureTest {

    @Test
    void aServiceThatIsDownIs502() {
        var response = given().get("/api/v1/payments?status=SCHEDULED").then();
        Problems.assertProblem(response, 502, "upstream-unavailable");
        response.body("detail", containsString("stipend"));
    }

    @Test
    void aRequestWithABodyToADownServiceIs502Too() {
        Problems.assertProblem(
                given().contentType("application/json")
                        .body("{\"iban\":\"x\"}")
                        .put("/api/v1/payees/me")
                        .then(),
                502,
                "upstream-unavailable");
    }

    @Test
    void aServiceTooSlowToAnswerIs504BeforeItAnswers() {
        var response = given().get("/api/v1/exams").then();
        Problems.assertProblem(response, 504, "upstream-timeout");
        response.time(lessThan(FakeUpstreams.SLOW_MILLIS));
    }

    @Test
    void aSlowServiceGivenABodyIs504Too() {
        Problems.assertProblem(
                given().contentType("application/json")
                        .body("{\"answers\":[]}")
                        .post("/api/v1/surveys/1/answers")
                        .then(),
                504,
                "upstream-timeout");
    }
}
