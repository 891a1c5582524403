package org.mentorship.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class SwaggerUiAndHealthTest {

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/openapi"));
    }

    @Test
    void liveWithoutLookingAtServices() {
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("gateway"));
    }

    @Test
    void readyEvenThoughSomeServicesAreDown() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams (informational)' }.data", hasKey("stipend"));
    }
}
