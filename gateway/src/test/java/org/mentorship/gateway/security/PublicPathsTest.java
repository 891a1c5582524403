package org.mentorship.gateway.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicPathsTest {

    private final PublicPaths paths = PublicPaths.of(
            List.of("GET /api/v1/projects", "get /api/v1/terms/**", " POST /api/v1/payments/callbacks/ ", ""));

    @Test
    void aPrefixOwnsItselfAndWhatIsBelow() {
        assertTrue(paths.allows("GET", "/api/v1/projects"));
        assertTrue(paths.allows("GET", "/api/v1/projects/3/mentors"));
        assertTrue(paths.allows("GET", "/api/v1/terms"));
        assertTrue(paths.allows("POST", "/api/v1/payments/callbacks/psp"));
        assertFalse(paths.allows("GET", "/api/v1/projectsX"));
        assertFalse(paths.allows("GET", "/api/v1"));
        assertFalse(paths.allows("GET", null));
    }

    @Test
    void onlyTheNamedMethodAndHeadForGet() {
        assertTrue(paths.allows("HEAD", "/api/v1/projects"));
        assertFalse(paths.allows("POST", "/api/v1/projects"));
        assertFalse(paths.allows("DELETE", "/api/v1/terms/1"));
        assertFalse(paths.allows("GET", "/api/v1/payments/callbacks/psp"));
    }

    @Test
    void aMalformedEntryStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> PublicPaths.of(List.of("/api/v1/projects")));
        assertThrows(IllegalArgumentException.class, () -> PublicPaths.of(List.of("GET api/v1/projects")));
        assertThrows(IllegalArgumentException.class, () -> PublicPaths.of(List.of("GET /")));
        assertThrows(IllegalArgumentException.class, () -> PublicPaths.of(List.of("GET /**")));
    }
}
