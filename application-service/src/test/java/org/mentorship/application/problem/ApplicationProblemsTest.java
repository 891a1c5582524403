package org.mentorship.application.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemCatalogue;

/** The catalogue is one list of distinct, well-formed types, none clashing with the platform's. */
class ApplicationProblemsTest {

    @Test
    void theCatalogueBuildsWithoutAClash() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(ApplicationProblems.class);
        for (ApplicationProblems type : ApplicationProblems.values()) {
            assertThat(catalogue.find(type.slug())).contains(type);
        }
    }

    @Test
    void everySlugIsKebabCase() {
        for (ApplicationProblems type : ApplicationProblems.values()) {
            assertThat(type.slug()).as(type.name()).matches("[a-z]+(-[a-z]+)+");
        }
    }

    @Test
    void everyStatusIsAnErrorStatus() {
        for (ApplicationProblems type : ApplicationProblems.values()) {
            assertThat(type.status()).as(type.name()).isBetween(400, 599);
        }
    }

    @Test
    void everyTypeHasATitleAndADescription() {
        for (ApplicationProblems type : ApplicationProblems.values()) {
            assertThat(type.title()).as(type.name()).isNotBlank();
            assertThat(type.description()).as(type.name()).isNotBlank();
        }
    }
}
