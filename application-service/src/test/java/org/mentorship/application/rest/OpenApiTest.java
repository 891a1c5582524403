package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint of this service is in the OpenAPI document with a summary and an example response. */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAndAnExample() {
        Map<String, Object> paths = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/clock")) {
                continue;
            }
            for (var op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!(op.getValue() instanceof Map)) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String json = operation.toString();
                if (operation.get("summary") == null || !json.contains("examples")) {
                    missing.add(op.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(25);
        assertThat(missing).isEmpty();
    }
}
