package org.mentorship.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemCatalogue;
import org.mentorship.platform.problem.ProblemType;

class GatewayProblemsTest {

    @Test
    void theGatewaysCatalogueHoldsEachSlugOnceBesideThePlatformsWithStatusTitleAndDescription() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(GatewayProblems.class);
        for (ProblemType type : catalogue.types()) {
            assertThat(type.slug()).matches("[a-z]+(-[a-z]+)*");
            assertThat(type.status()).isBetween(400, 599);
            assertThat(type.title()).isNotBlank();
            assertThat(type.description()).isNotBlank();
        }
        assertThat(catalogue.find("upstream-overloaded")).contains(GatewayProblems.UPSTREAM_OVERLOADED);
    }

    @Test
    void everyBodyTheGatewayWritesIsOfACataloguedTypeWithItsTitleAndStatus() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(GatewayProblems.class);
        var bodies = java.util.List.of(
                ProblemBodies.notFound("/x"),
                ProblemBodies.upstreamUnavailable("stipend", "/x"),
                ProblemBodies.upstreamTimeout("stipend", "/x"),
                ProblemBodies.authenticationRequired("/x"),
                ProblemBodies.invalidToken("/x"),
                ProblemBodies.tooManyRequests(3, "/x"),
                ProblemBodies.payloadTooLarge(10, "/x"),
                ProblemBodies.circuitOpen("stipend", 10, "/x"),
                ProblemBodies.upstreamOverloaded("stipend", "/x"),
                ProblemBodies.databaseUnavailable("/x"),
                ProblemBodies.internalError("/x"));
        for (var body : bodies) {
            ProblemType type = catalogue
                    .find(body.type().substring(body.type().lastIndexOf('/') + 1))
                    .orElseThrow();
            assertThat(body.title()).isEqualTo(type.title());
            assertThat(body.status()).isEqualTo(type.status());
        }
    }

    @Test
    void aBodyIsWrittenAsBefore() {
        assertThat(ProblemBodies.buffer(ProblemBodies.tooManyRequests(12, "/api/v1/terms"))
                        .toString())
                .isEqualTo(
                        "{\"type\":\"https://mentorship.example.org/problems/too-many-requests\","
                                + "\"title\":\"Too many requests\",\"status\":429,"
                                + "\"detail\":\"Request rate limit reached; try again in 12 s\",\"instance\":\"/api/v1/terms\"}");
    }
}
