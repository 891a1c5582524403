package org.mentorship.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class MergedOpenApiTest {

    @Test
    void mergesTheServicesThatAnswerAndNamesTheOthers() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("openapi", equalTo("3.1.0"))
                .body("paths", hasKey("/api/v1/terms"))
                .body("paths", hasKey("/api/v1/mentorships"))
                .body("components.schemas", hasKey("Term"))
                .body("components.schemas", hasKey("Mentorship"))
                // Both define a different "Shared": each keeps its own, namespaced, and its $refs follow.
                .body("components.schemas", not(hasKey("Shared")))
                .body("components.schemas.ApplicationShared.description", equalTo("the application service's Shared"))
                .body("components.schemas.EvaluationShared.description", equalTo("the evaluation service's Shared"))
                .body(
                        "components.schemas.Mentorship.properties.shared.$ref",
                        equalTo("#/components/schemas/EvaluationShared"))
                // What the gateway itself answers is documented on every operation.
                .body("paths.'/api/v1/terms'.get.responses.'429'.headers", hasKey("Retry-After"))
                .body("paths.'/api/v1/terms'.get.responses.'200'.headers", hasKey("X-RateLimit-Limit"))
                .body("servers[0].url", startsWith("http://localhost:"))
                .body("x-unavailable-services", containsInAnyOrder("certificate", "stipend"));
    }
}
