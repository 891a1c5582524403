package org.mentorship.gateway.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.SignedIn;

/** The test profile allows https://app.mentorship.example only. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class CorsTest {

    private static final String FRONTEND = "https://app.mentorship.example";

    @Test
    void aPreflightFromAnAllowedOriginIsAllowedWithoutAToken() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/mentorships/m-1/evaluations")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/mentorships/m-1/evaluations")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anAllowedOriginCanReadTheAnswerAndItsRequestId() {
        SignedIn.given()
                .header("Origin", FRONTEND)
                .get("/api/v1/mentorships/1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("X-Request-Id"));
    }

    /** The headers the OpenAPI document promises a client (links, retries, replays, export batches, file names). */
    @Test
    void anAllowedOriginCanReadEveryHeaderTheContractNames() {
        var exposed = SignedIn.given()
                .header("Origin", FRONTEND)
                .get("/api/v1/mentorships/1")
                .then()
                .statusCode(200)
                .extract()
                .header("Access-Control-Expose-Headers");
        for (String header : java.util.List.of(
                "Location",
                "Retry-After",
                "Idempotent-Replayed",
                "X-Export-Batch",
                "Content-Disposition",
                "X-RateLimit-Limit",
                "X-RateLimit-Remaining",
                "X-Request-Id")) {
            org.assertj.core.api.Assertions.assertThat(exposed).containsIgnoringCase(header);
        }
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        SignedIn.given()
                .header("Origin", "https://evil.example")
                .get("/api/v1/mentorships/1")
                .then()
                .header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
    }
}
