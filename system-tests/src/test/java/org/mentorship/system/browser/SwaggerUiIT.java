package org.mentorship.system.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mentorship.launcher.LocalSystem;
import org.mentorship.system.flow.SharedSystem;

/**
 * Swagger UI at the gateway, opened in a real headless browser (Debian's Chromium) against the running system:
 * the page loads the merged document and shows every service's operations, and offers to authorize with a bearer
 * token. On the {@link SharedSystem}: it only reads the document and the page.
 */
@Order(1)
class SwaggerUiIT {

    private static LocalSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = SharedSystem.acquire().system;
    }

    @Test
    @SuppressWarnings("unchecked")
    void swaggerUiShowsEveryServicesOperationsAndTheBearerScheme() throws Exception {
        Optional<Chromium> chromium = Chromium.find();
        Assumptions.assumeTrue(chromium.isPresent(), "Debian's chromium is not installed and cannot be installed here");
        JsonPath merged = given().get(system.gatewayUrl() + "/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> paths = merged.getMap("paths");
        assertThat(merged.getMap("components.securitySchemes")).isNotEmpty();

        String dom = chromium.get().renderedDom(system.gatewayUrl() + "/q/swagger-ui/", 30_000);

        assertThat(dom).contains("btn authorize");
        List<String> missing = paths.keySet().stream()
                .filter(p -> p.startsWith("/api/v1/"))
                .filter(p -> !dom.contains("data-path=\"" + p + "\""))
                .toList();
        assertThat(paths.keySet().stream().filter(p -> p.startsWith("/api/v1/")))
                .hasSizeGreaterThan(60);
        assertThat(missing)
                .as("paths of the merged document that the page does not show")
                .isEmpty();
        for (String service :
                List.of("/api/v1/applications", "/api/v1/mentorships", "/api/v1/payments", "/api/v1/certificates")) {
            assertThat(dom).contains("data-path=\"" + service);
        }
    }
}
