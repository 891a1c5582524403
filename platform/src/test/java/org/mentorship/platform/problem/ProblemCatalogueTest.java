package org.mentorship.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

class ProblemCatalogueTest {

    static final class SampleProblems {
        public static final ProblemType NO_FREE_SLOT =
                new ProblemType(409, "no-free-slot", "No free slot", "Every slot of the project is taken");
    }

    static final class ClashingProblems {
        public static final ProblemType NOT_FOUND =
                new ProblemType(404, "not-found", "Missing", "A second meaning of not-found");
    }

    static final class NoProblems {
        static final String NOT_A_TYPE = "not-a-type";
    }

    @Test
    void aThrowCarriesItsTypesStatusSlugAndTitle() {
        ProblemException refusal = SampleProblems.NO_FREE_SLOT.with("Project Alpha has 2 of 2 slots taken");

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.slug()).isEqualTo("no-free-slot");
        assertThat(refusal.title()).isEqualTo("No free slot");
        assertThat(refusal.getMessage()).isEqualTo("Project Alpha has 2 of 2 slots taken");
    }

    @Test
    void theCatalogueHoldsThePlatformsTypesAndTheServices() {
        ProblemCatalogue catalogue = ProblemCatalogue.of(SampleProblems.class);

        assertThat(catalogue.find("no-free-slot")).contains(SampleProblems.NO_FREE_SLOT);
        assertThat(catalogue.find("validation-failed")).contains(PlatformProblems.VALIDATION_FAILED);
        assertThat(catalogue.find("made-up")).isEmpty();
    }

    @Test
    void aSlugNamesOneKindOfError() {
        assertThatThrownBy(() -> ProblemCatalogue.of(ClashingProblems.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not-found");
    }

    @Test
    void aHolderWithoutTypesIsRefused() {
        assertThatThrownBy(() -> ProblemCatalogue.of(NoProblems.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDocumentPublishesTheCatalogueWithTheTitlesTheServerAnswers() {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths());

        new ProblemDocumentation(ProblemCatalogue.of(SampleProblems.class)).filterOpenAPI(document);

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> published =
                (Map<String, Map<String, Object>>) document.getExtensions().get(ProblemDocumentation.CATALOGUE);
        assertThat(published.get("no-free-slot"))
                .containsEntry("status", 409)
                .containsEntry("title", "No free slot")
                .containsEntry("type", Problem.TYPE_BASE + "no-free-slot");
        assertThat(published).containsKey("stale-write");
    }
}
