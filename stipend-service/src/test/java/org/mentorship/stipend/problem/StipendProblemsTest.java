package org.mentorship.stipend.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemCatalogue;

/** The catalogue stipend-service answers from: no slug twice (nor a platform one), each one well formed. */
class StipendProblemsTest {

    @Test
    void theCatalogueBuildsWithoutAClash() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(StipendProblems.class);
        Arrays.stream(StipendProblems.values())
                .forEach(p -> assertThat(catalogue.find(p.slug())).contains(p));
    }

    @Test
    void everySlugIsKebabCase() {
        assertThat(StipendProblems.values())
                .allSatisfy(p -> assertThat(p.slug()).matches("[a-z]+(-[a-z]+)+"));
    }

    @Test
    void everyStatusIsAnError() {
        assertThat(StipendProblems.values())
                .allSatisfy(p -> assertThat(p.status()).isBetween(400, 599));
    }

    @Test
    void everyTitleAndDescriptionSaysSomething() {
        assertThat(StipendProblems.values()).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.description()).isNotBlank();
        });
    }
}
