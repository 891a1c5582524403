package org.mentorship.application.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemCatalogue;

/** The catalogue builds (no slug twice, none clashing with the platform's); ProblemType checks each one's shape. */
class ApplicationProblemsTest {

    @Test
    void theCatalogueBuildsWithoutAClash() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(ApplicationProblems.class);

        assertThat(catalogue.find("no-free-slot")).contains(ApplicationProblems.NO_FREE_SLOT);
        assertThat(catalogue.find("not-found")).isPresent();
    }
}
