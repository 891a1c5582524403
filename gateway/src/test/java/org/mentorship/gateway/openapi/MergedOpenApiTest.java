package org.mentorship.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class MergedOpenApiTest {

    @Test
    void mergesTheServicesThatAnswerAndNamesTheOthers() {
        given().get("/openapi")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("openapi", equalTo("3.1.0"))
                .body("paths", hasKey("/api/v1/terms"))
                .body("paths", hasKey("/api/v1/mentorships"))
                .body("components.schemas", hasKey("Term"))
                .body("components.schemas", hasKey("Mentorship"))
                // Clash: application comes before evaluation, so its definition is kept.
                .body("components.schemas.Shared.description", equalTo("the application service's Shared"))
                .body("servers[0].url", startsWith("http://localhost:"))
                .body("x-unavailable-services", containsInAnyOrder("certificate", "stipend"));
    }
}
