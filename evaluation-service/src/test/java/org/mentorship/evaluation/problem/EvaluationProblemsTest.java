package org.mentorship.evaluation.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemCatalogue;

/** The catalogue builds (no slug twice, none clashing with the platform's); ProblemType checks each one's shape. */
class EvaluationProblemsTest {

    @Test
    void theCatalogueBuildsWithoutAClash() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(EvaluationProblems.class);

        assertThat(catalogue.find("mentorship-ended")).contains(EvaluationProblems.MENTORSHIP_ENDED);
        assertThat(catalogue.find("not-found")).isPresent();
    }
}
