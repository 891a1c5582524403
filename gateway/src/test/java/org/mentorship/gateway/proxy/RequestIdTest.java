package org.mentorship.gateway.proxy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void oneIsCreatedAndSentToTheServiceAndBack() {
        Response response = given().get("/api/v1/terms");
        String id = response.header("X-Request-Id");
        assertThat(id, matchesPattern(UUID));
        assertThat(response.jsonPath().getString("headers.x-request-id"), equalTo(id));
        // The service echoed it too; the client still gets exactly one.
        assertThat(response.headers().getValues("X-Request-Id"), hasSize(1));
    }

    @Test
    void theCallersIdIsPassedOn() {
        given().header("X-Request-Id", "frontend-7f3a.42")
                .get("/api/v1/mentorships/1")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "frontend-7f3a.42")
                .body("headers.x-request-id", equalTo("frontend-7f3a.42"));
    }

    @Test
    void anUnsafeIdIsReplaced() {
        given().header("X-Request-Id", "evil id <script>")
                .get("/api/v1/terms")
                .then()
                .header("X-Request-Id", matchesPattern(UUID))
                .body("headers.x-request-id", not(equalTo("evil id <script>")));
    }

    @Test
    void errorsCarryItToo() {
        given().header("X-Request-Id", "r-404")
                .get("/api/v1/termsX")
                .then()
                .statusCode(404)
                .header("X-Request-Id", "r-404");
        given().header("X-Request-Id", "r-502")
                .get("/api/v1/stipends")
                .then()
                .statusCode(502)
                .header("X-Request-Id", "r-502");
        given().get("/nowhere").then().statusCode(404).header("X-Request-Id", matchesPattern(UUID));
    }
}
