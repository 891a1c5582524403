package org.mentorship.stipend.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemCatalogue;

/** The catalogue builds (no slug twice, none clashing with the platform's); ProblemType checks each one's shape. */
class StipendProblemsTest {

    @Test
    void theCatalogueBuildsWithoutAClash() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(StipendProblems.class);

        assertThat(catalogue.find("payment-transition-refused")).contains(StipendProblems.PAYMENT_TRANSITION_REFUSED);
        assertThat(catalogue.find("not-found")).isPresent();
    }
}
