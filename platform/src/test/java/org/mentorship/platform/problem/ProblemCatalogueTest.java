package org.mentorship.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

class ProblemCatalogueTest {

    enum SampleProblems implements ProblemType {
        NO_FREE_SLOT(409, "no-free-slot", "No free slot", "Every slot of the project is taken");

        private final int status;
        private final String slug;
        private final String title;
        private final String description;

        SampleProblems(int status, String slug, String title, String description) {
            this.status = status;
            this.slug = slug;
            this.title = title;
            this.description = description;
        }

        @Override
        public String slug() {
            return slug;
        }

        @Override
        public int status() {
            return status;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String description() {
            return description;
        }
    }

    enum ClashingProblems implements ProblemType {
        NOT_FOUND;

        @Override
        public String slug() {
            return "not-found";
        }

        @Override
        public int status() {
            return 404;
        }

        @Override
        public String title() {
            return "Missing";
        }

        @Override
        public String description() {
            return "A second meaning of not-found";
        }
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
