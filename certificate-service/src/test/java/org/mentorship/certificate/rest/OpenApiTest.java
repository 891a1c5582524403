package org.mentorship.certificate.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint of this service is documented with an example answer, for the frontend teams. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationHasAnExampleResponse() throws Exception {
        JsonNode doc = document();
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            if (path.getKey().startsWith("/api/v1/clock")) {
                continue; // the platform's non-production clock control
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                boolean example = op.getValue().path("responses").findValues("examples").stream()
                                .anyMatch(e -> !e.isEmpty())
                        || path.getKey().endsWith("/pdf");
                if (!example) {
                    undocumented.add(op.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(20);
        assertThat(undocumented).isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1certificates~1verify~1{code}/get/security")
                        .toString())
                .doesNotContain("jwt");
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }
}
