package org.mentorship.certificate.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemCatalogue;

/** The catalogue builds (no slug twice, none clashing with the platform's); ProblemType checks each one's shape. */
class CertificateProblemsTest {

    @Test
    void theCatalogueBuildsWithoutAClash() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(CertificateProblems.class);

        assertThat(catalogue.find("completion-closed")).contains(CertificateProblems.COMPLETION_CLOSED);
        assertThat(catalogue.find("not-found")).isPresent();
    }
}
