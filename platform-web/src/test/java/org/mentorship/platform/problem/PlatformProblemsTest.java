package org.mentorship.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformProblemsTest {

    @Test
    void theCatalogueOfThePlatformHoldsEachSlugOnceWithStatusTitleAndDescription() {
        ProblemCatalogue catalogue = ProblemCatalogue.of();
        assertThat(catalogue.types()).hasSize(PlatformProblems.values().length);
        for (ProblemType type : catalogue.types()) {
            assertThat(type.slug()).matches("[a-z]+(-[a-z]+)*");
            assertThat(type.status()).isBetween(400, 599);
            assertThat(type.title()).isNotBlank();
            assertThat(type.description()).isNotBlank();
            assertThat(type.type()).isEqualTo(Problem.TYPE_BASE + type.slug());
        }
    }

    @Test
    void aProblemOfATypeCarriesItsTypeTitleAndStatus() {
        Problem problem = Problem.of(PlatformProblems.NOT_FOUND, "No resource at this path", "/api/v1/x");
        assertThat(problem)
                .isEqualTo(new Problem(
                        "https://mentorship.example.org/problems/not-found",
                        "Not found",
                        404,
                        "No resource at this path",
                        "/api/v1/x",
                        null));
    }
}
