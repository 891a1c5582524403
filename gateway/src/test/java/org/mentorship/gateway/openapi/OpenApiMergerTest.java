package org.mentorship.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void mergesPathsComponentsAndTagsSharingOnlyWhatIsIdentical() throws Exception {
        ObjectNode a = doc("""
                {"openapi":"3.1.0","tags":[{"name":"Terms"}],
                 "paths":{"/api/v1/terms":{"get":{}}, "/api/v1/shared":{"get":{"summary":"a"}}},
                 "components":{"schemas":{"Term":{},"Problem":{"type":"object"}},"securitySchemes":{"jwt":{"type":"http"}}}}""");
        ObjectNode b = doc("""
                {"openapi":"3.0.3","tags":[{"name":"Terms"},{"name":"Mentorships"}],
                 "paths":{"/api/v1/mentorships":{"get":{}}, "/api/v1/shared":{"get":{"summary":"b"}}},
                 "components":{"schemas":{"Mentorship":{},"Problem":{"type":"object"}},"securitySchemes":{"jwt":{"type":"http"}}}}""");

        ObjectNode merged = OpenApiMerger.merge(
                "API",
                "1",
                List.of(
                        ServiceDocument.of("application", a),
                        ServiceDocument.unavailable("stipend"),
                        ServiceDocument.of("evaluation", b)));

        assertEquals("3.1.0", merged.path("openapi").asText());
        assertEquals("API", merged.path("info").path("title").asText());
        assertEquals(List.of("/api/v1/terms", "/api/v1/shared", "/api/v1/mentorships"), names(merged.path("paths")));
        assertEquals("a", merged.at("/paths/~1api~1v1~1shared/get/summary").asText());
        assertEquals(List.of("Term", "Problem", "Mentorship"), names(merged.at("/components/schemas")));
        assertEquals("http", merged.at("/components/securitySchemes/jwt/type").asText());
        assertEquals(2, merged.path("tags").size());
        assertEquals("[\"stipend\"]", merged.path(OpenApiMerger.UNAVAILABLE).toString());
        assertTrue(OpenApiMerger.clashes(
                        List.of(ServiceDocument.of("application", a), ServiceDocument.of("evaluation", b)))
                .isEmpty());
    }

    /** Application's Outcome (ACCEPT/REJECT) once overwrote evaluation's (PASS/FAIL/EXTEND): a mentor app could not send a pass. */
    @Test
    void twoDifferentSchemasOfOneNameAreNamespacedPerServiceWithTheirRefsRewritten() throws Exception {
        ObjectNode application = doc("""
                {"paths":{"/api/v1/applications/{id}/decision":{"post":{"requestBody":{"content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Decision"}}}}}}},
                 "components":{"schemas":{"Outcome":{"type":"string","enum":["ACCEPT","REJECT"]},
                   "Decision":{"type":"object","properties":{"outcome":{"$ref":"#/components/schemas/Outcome"}}},
                   "Problem":{"type":"object"}}}}""");
        ObjectNode evaluation = doc("""
                {"paths":{"/api/v1/mentorships/{id}/evaluations/{number}":{"post":{"requestBody":{"content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Decision"}}}}}}},
                 "components":{"schemas":{"Outcome":{"type":"string","enum":["PASS","FAIL","EXTEND"]},
                   "Decision":{"type":"object","properties":{"outcome":{"$ref":"#/components/schemas/Outcome"}}},
                   "Problem":{"type":"object"}}}}""");
        List<ServiceDocument> parts =
                List.of(ServiceDocument.of("application", application), ServiceDocument.of("evaluation", evaluation));

        ObjectNode merged = OpenApiMerger.merge("API", "1", parts);

        JsonNode schemas = merged.at("/components/schemas");
        assertEquals(
                "[\"ACCEPT\",\"REJECT\"]",
                schemas.at("/ApplicationOutcome/enum").toString());
        assertEquals(
                "[\"PASS\",\"FAIL\",\"EXTEND\"]",
                schemas.at("/EvaluationOutcome/enum").toString());
        assertFalse(schemas.has("Outcome"));
        // Decision is written alike but means different things once its Outcome differs: namespaced too.
        assertFalse(schemas.has("Decision"));
        assertEquals(
                "#/components/schemas/EvaluationOutcome",
                schemas.at("/EvaluationDecision/properties/outcome/$ref").asText());
        assertEquals(
                "#/components/schemas/EvaluationDecision",
                merged.at(
                                "/paths/~1api~1v1~1mentorships~1{id}~1evaluations~1{number}/post/requestBody/content/application~1json/schema/$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/ApplicationDecision",
                merged.at(
                                "/paths/~1api~1v1~1applications~1{id}~1decision/post/requestBody/content/application~1json/schema/$ref")
                        .asText());
        // Identical ones are shared.
        assertTrue(schemas.has("Problem"));
        assertEquals(
                List.of("Decision", "Outcome"),
                OpenApiMerger.clashes(parts).stream()
                        .map(OpenApiMerger.Clash::name)
                        .toList());
    }

    @Test
    void withNoServiceItIsStillAValidDocument() {
        ObjectNode merged = OpenApiMerger.merge("API", "1", List.of(ServiceDocument.unavailable("application")));
        assertEquals("3.1.0", merged.path("openapi").asText());
        assertEquals(0, merged.path("paths").size());
        assertFalse(merged.has("components"));
        assertEquals(1, merged.path(OpenApiMerger.UNAVAILABLE).size());
    }

    private ObjectNode doc(String json) throws Exception {
        return (ObjectNode) mapper.readTree(json);
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }
}
