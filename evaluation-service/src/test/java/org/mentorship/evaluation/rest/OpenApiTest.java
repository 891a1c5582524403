package org.mentorship.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.problem.ProblemDocumentation;

/** The OpenAPI document of this service names only problem types its catalogue holds. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyProblemExampleTypeIsInTheCatalogue() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        JsonNode catalogue = doc.path(ProblemDocumentation.CATALOGUE);
        assertThat(catalogue.path("evaluation-locked").path("status").asInt()).isEqualTo(409);
        TreeSet<String> named = new TreeSet<>();
        for (JsonNode media : doc.get("paths").findValues(Problem.MEDIA_TYPE)) {
            media.path("examples")
                    .forEach(e -> named.add(e.path("value").path("type").asText()));
        }
        assertThat(named).isNotEmpty();
        List<String> unknown = named.stream()
                .map(type -> type.substring(Problem.TYPE_BASE.length()))
                .filter(slug -> !catalogue.has(slug))
                .toList();
        assertThat(unknown).isEmpty();
    }
}
