package org.mentorship.application.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** What the document names as an error answer is what the catalogue (x-problem-types) holds. */
    @Test
    @SuppressWarnings("unchecked")
    void everyProblemExampleIsInTheCatalogue() {
        Map<String, Object> document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        Map<String, Object> catalogue = (Map<String, Object>) document.get("x-problem-types");
        assertThat(catalogue).containsKeys("no-free-slot", "review-period-ended", "validation-failed");
        Set<String> named = new TreeSet<>();
        for (Object item : ((Map<String, Object>) document.get("paths")).values()) {
            for (Object op : ((Map<String, Object>) item).values()) {
                if (!(op instanceof Map<?, ?> operation) || !(operation.get("responses") instanceof Map<?, ?> rs)) {
                    continue;
                }
                for (Object response : rs.values()) {
                    problemTypes((Map<String, Object>) response, named);
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(slug -> assertThat(catalogue).containsKey(slug));
    }

    @SuppressWarnings("unchecked")
    private static void problemTypes(Map<String, Object> response, Set<String> named) {
        if (!(response.get("content") instanceof Map<?, ?> content)
                || !(content.get("application/problem+json") instanceof Map<?, ?> media)
                || !(media.get("examples") instanceof Map<?, ?> examples)) {
            return;
        }
        for (Object example : examples.values()) {
            if (((Map<String, Object>) example).get("value") instanceof Map<?, ?> value
                    && value.get("type") instanceof String type) {
                named.add(type.substring(type.lastIndexOf('/') + 1));
            }
        }
    }
}
