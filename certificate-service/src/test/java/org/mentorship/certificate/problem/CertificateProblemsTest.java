package org.mentorship.certificate.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemCatalogue;

/** The catalogue of certificate-service: one type per slug, none clashing with the platform's, each readable. */
class CertificateProblemsTest {

    @Test
    void buildsWithThePlatformsTypesWithoutAClash() {
        assertThatCode(() -> ProblemCatalogue.of(CertificateProblems.class)).doesNotThrowAnyException();
    }

    @Test
    void everySlugIsKebabCase() {
        for (CertificateProblems p : CertificateProblems.values()) {
            assertThat(p.slug()).as(p.name()).matches("[a-z]+(-[a-z]+)*");
        }
    }

    @Test
    void everyStatusIsAnError() {
        for (CertificateProblems p : CertificateProblems.values()) {
            assertThat(p.status()).as(p.slug()).isBetween(400, 599);
        }
    }

    @Test
    void everyTypeHasATitleAndADescription() {
        for (CertificateProblems p : CertificateProblems.values()) {
            assertThat(p.title()).as(p.slug()).isNotBlank();
            assertThat(p.description()).as(p.slug()).isNotBlank();
        }
    }
}
