package org.mentorship.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes the published document at build time, from the documents the services' builds stored
 * ({@code <service>-service/target/openapi/openapi.json}), exactly as the running gateway merges what it fetches:
 * {@code gateway/target/openapi/mentorship-openapi.json} and {@code .yaml}. Spectral lints it in the verify phase
 * (tools/spectral). The test fails on anything a generated typed client could not use.
 */
@QuarkusTest
class MergedDocumentBuildTest {

    static final List<String> SERVICES = List.of("application", "evaluation", "stipend", "certificate", "webhook");
    static final Path OUT = Path.of("target", "openapi");

    @Inject
    MergedOpenApi merged;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void writesTheMergedDocumentAndEveryOperationIsFullyDescribed() throws Exception {
        List<ServiceDocument> parts = stored();
        ObjectNode document = merged.assemble(parts);
        document.putArray("servers")
                .addObject()
                .put("url", "/")
                .put("description", "The gateway that served this document (production, staging or a local run)")
                .put("x-internal", false);
        document.remove(OpenApiMerger.UNAVAILABLE);
        Files.createDirectories(OUT);
        json.writeValue(OUT.resolve("mentorship-openapi.json").toFile(), document);
        new ObjectMapper(new YAMLFactory())
                .writeValue(OUT.resolve("mentorship-openapi.yaml").toFile(), document);

        int operations = ContractRules.operations(document);
        System.out.printf(
                "[openapi] %d operations written to %s%n", operations, OUT.resolve("mentorship-openapi.json"));
        assertThat(operations).isGreaterThanOrEqualTo(95);
        assertThat(ContractRules.findings(document)).isEmpty();
        // The clash that made a typed mentor app unable to submit a pass.
        assertThat(document.at("/components/schemas/EvaluationOutcome/enum").toString())
                .contains("PASS", "FAIL", "EXTEND")
                .doesNotContain("ACCEPT");
    }

    @Test
    void componentsTwoServicesNameAlikeAreNamespacedNotOverwritten() throws Exception {
        List<ServiceDocument> parts = stored();
        ObjectNode document = merged.assemble(parts);
        for (OpenApiMerger.Clash clash : OpenApiMerger.clashes(parts)) {
            System.out.printf(
                    "[openapi] %s %s differs between services: %s%n",
                    clash.section(), clash.name(), clash.renamedByService());
            assertThat(document.at("/components/" + clash.section() + "/" + clash.name())
                            .isMissingNode())
                    .as(
                            "%s %s is published under its bare name although services differ on it",
                            clash.section(), clash.name())
                    .isTrue();
        }
    }

    private List<ServiceDocument> stored() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<ServiceDocument> parts = new ArrayList<>();
        for (String service : SERVICES) {
            Path file = root.resolve(service + "-service").resolve("target/openapi/openapi.json");
            assertThat(file)
                    .as(
                            "%s's build stores its OpenAPI document (quarkus.smallrye-openapi.store-schema-directory); "
                                    + "build it first (./mvnw -pl gateway -am verify)",
                            service)
                    .exists();
            parts.add(ServiceDocument.of(service, (ObjectNode) json.readTree(file.toFile())));
        }
        return parts;
    }
}
