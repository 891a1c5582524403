package org.mentorship.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformProblemsTest {

    @Test
    void theCatalogueOfThePlatformHoldsEachSlugOnceWithStatusTitleAndDescription() {
        ProblemCatalogue catalogue = ProblemCatalogue.of();
        assertThat(catalogue.types())
                .extracting(ProblemType::slug)
                .doesNotHaveDuplicates()
                .contains("not-found");
        for (ProblemType type : catalogue.types()) {
            assertThat(type.type()).isEqualTo(Problem.TYPE_BASE + type.slug());
        }
    }

    @Test
    void aTypeIsKebabCaseWithAnErrorStatusATitleAndADescription() {
        assertThatThrownBy(() -> new ProblemType(200, "fine", "Fine", "Not an error"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemType(409, "No Free Slot", "No free slot", "Every slot is taken"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemType(409, "no-free-slot", " ", "Every slot is taken"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProblemType(409, "no-free-slot", "No free slot", "Every slot is taken").type())
                .isEqualTo(Problem.TYPE_BASE + "no-free-slot");
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
