package org.mentorship.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void mergesPathsComponentsAndTagsKeepingTheFirstOnAClash() throws Exception {
        ObjectNode a = doc("""
                {"openapi":"3.1.0","tags":[{"name":"Terms"}],
                 "paths":{"/api/v1/terms":{"get":{}}, "/api/v1/shared":{"get":{"summary":"a"}}},
                 "components":{"schemas":{"Term":{},"Page":{"description":"a"}},"securitySchemes":{"jwt":{"type":"http"}}}}""");
        ObjectNode b = doc("""
                {"openapi":"3.0.3","tags":[{"name":"Terms"},{"name":"Mentorships"}],
                 "paths":{"/api/v1/mentorships":{"get":{}}, "/api/v1/shared":{"get":{"summary":"b"}}},
                 "components":{"schemas":{"Mentorship":{},"Page":{"description":"b"}}}}""");

        ObjectNode merged = OpenApiMerger.merge("API", "1", List.of(
                ServiceDocument.of("application", a), ServiceDocument.unavailable("stipend"), ServiceDocument.of("evaluation", b)));

        assertEquals("3.1.0", merged.path("openapi").asText());
        assertEquals("API", merged.path("info").path("title").asText());
        assertEquals(List.of("/api/v1/terms", "/api/v1/shared", "/api/v1/mentorships"), names(merged.path("paths")));
        assertEquals("a", merged.at("/paths/~1api~1v1~1shared/get/summary").asText());
        assertEquals(List.of("Term", "Page", "Mentorship"), names(merged.at("/components/schemas")));
        assertEquals("a", merged.at("/components/schemas/Page/description").asText());
        assertEquals("http", merged.at("/components/securitySchemes/jwt/type").asText());
        assertEquals(2, merged.path("tags").size());
        assertEquals("[\"stipend\"]", merged.path(OpenApiMerger.UNAVAILABLE).toString());
    }

    @Test
    void withNoServiceItIsStillAValidDocument() {
        ObjectNode merged = OpenApiMerger.merge("API", "1", List.of(ServiceDocument.unavailable("application")));
        assertEquals("3.0.3", merged.path("openapi").asText());
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
