package org.mentorship.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of this service has an operationId and an example answer, for the partners' developers. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationHasAnIdAndAnExampleResponse() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/webhooks")) {
                continue; // the platform's own (clock, dead letters) are tested there
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                boolean example = op.getValue().path("responses").findValues("examples").stream()
                        .anyMatch(e -> !e.isEmpty());
                if (!example || op.getValue().path("operationId").asText().isEmpty()) {
                    undocumented.add(op.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isEqualTo(7);
        assertThat(undocumented).isEmpty();
        assertThat(doc.at("/x-problem-types/target-not-allowed/status").asInt()).isEqualTo(422);
    }
}
