package org.mentorship.gateway.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.gateway.testing.SignedIn;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class SecurityHeadersTest {

    @Test
    void proxiedAnswersCarryThemOnce() {
        Response response = SignedIn.given().get("/api/v1/mentorships/1");
        assertSecurityHeaders(response.then().statusCode(200));
        assertThat(response.headers().getValues("X-Frame-Options"), hasSize(1));
        response.then()
                .header("Content-Security-Policy", equalTo(SecurityHeadersFilter.API_POLICY))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theGatewaysOwnRefusalsCarryThemToo() {
        assertSecurityHeaders(given().get("/api/v1/mentorships/1").then().statusCode(401));
        assertSecurityHeaders(
                SignedIn.given().get("/api/v1/nothing-here").then().statusCode(404));
        assertSecurityHeaders(SignedIn.given().get("/api/v1/stipends").then().statusCode(502));
    }

    @Test
    void hstsWhenTheClientCameOverTls() {
        SignedIn.given()
                .header("X-Forwarded-Proto", "https")
                .get("/api/v1/mentorships/1")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", equalTo(SecurityHeadersFilter.HSTS));
    }

    @Test
    void swaggerUiGetsAPolicyItCanWorkWith() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeadersFilter.SWAGGER_UI_POLICY))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("X-Frame-Options", "DENY");
    }

    private static void assertSecurityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }
}
