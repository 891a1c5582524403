package org.mentorship.stipend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.Problem;

/** The document names only problem types the catalogue holds, so what a client reads is what the server answers. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyProblemExampleIsInTheCatalogue() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        JsonNode catalogue = doc.path("x-problem-types");
        assertThat(catalogue.has("payment-transition-refused")).isTrue();
        Set<String> named = new TreeSet<>();
        for (JsonNode media : doc.path("paths").findValues("application/problem+json")) {
            media.path("examples").forEach(example -> {
                String type = example.path("value").path("type").asText();
                if (type.startsWith(Problem.TYPE_BASE)) {
                    named.add(type.substring(Problem.TYPE_BASE.length()));
                }
            });
        }
        assertThat(named).contains("payment-not-scheduled", "not-found");
        assertThat(named)
                .allSatisfy(slug -> assertThat(catalogue.has(slug))
                        .as("x-problem-types has " + slug)
                        .isTrue());
    }
}
