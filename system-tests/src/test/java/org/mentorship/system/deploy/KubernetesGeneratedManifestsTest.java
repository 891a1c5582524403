package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mentorship.system.deploy.DeploymentFiles.COMPONENTS;
import static org.mentorship.system.deploy.DeploymentFiles.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Deployments and Services of deploy/kubernetes/base/generated are written by quarkus-kubernetes at
 * {@code package} time (&lt;module&gt;/target/kubernetes/kubernetes.yml) and kept in the repository: each kept copy
 * must be exactly what the build writes now, and the base kustomization must use them all.
 */
class KubernetesGeneratedManifestsTest {

    static final String GENERATED = "deploy/kubernetes/base/generated";

    static final String REFRESH = "./mvnw package -DskipTests -pl application-service,evaluation-service,"
            + "stipend-service,certificate-service,webhook-service,gateway -am && for m in application-service "
            + "evaluation-service stipend-service certificate-service webhook-service gateway; do cp $m/target/kubernetes/kubernetes.yml "
            + GENERATED + "/$m.yml; done";

    @Test
    void everyKeptCopyIsWhatQuarkusKubernetesGeneratesNow() throws IOException {
        Path root = DeploymentFiles.root();
        for (Component c : COMPONENTS) {
            Path built = root.resolve(c.name()).resolve("target/kubernetes/kubernetes.yml");
            Path kept = root.resolve(GENERATED).resolve(c.name() + ".yml");
            if (!Files.isRegularFile(built)) {
                fail(built + " is missing: run `./mvnw package -DskipTests` first (in `./mvnw verify` the modules are "
                        + "packaged before system-tests). To refresh the kept copies: " + REFRESH);
            }
            assertTrue(Files.isRegularFile(kept), kept + " is missing; refresh with: " + REFRESH);
            List<String> builtLines = Files.readAllLines(built);
            List<String> keptLines = Files.readAllLines(kept);
            // The same resources with the same fields and values; the order of keys in a mapping does not count
            // (quarkus-kubernetes does not promise one), the order of list items (env, ports) does.
            if (!DeploymentFiles.readYamlDocuments(built).equals(DeploymentFiles.readYamlDocuments(kept))) {
                fail(kept + " differs from " + built + " (first difference: " + firstDifference(keptLines, builtLines)
                        + "). Change the quarkus.kubernetes.* properties, not the copy, then refresh with: " + REFRESH);
            }
        }
    }

    @Test
    void theKeptCopiesCarryNoBuildTimeOrCommit() {
        for (Component c : COMPONENTS) {
            String yaml = DeploymentFiles.read(
                    DeploymentFiles.root().resolve(GENERATED).resolve(c.name() + ".yml"));
            for (String unstable :
                    List.of("app.quarkus.io/build-timestamp", "app.quarkus.io/commit-id", "app.quarkus.io/vcs-uri")) {
                assertFalse(
                        yaml.contains(unstable),
                        c.name() + ".yml has " + unstable
                                + ": set quarkus.kubernetes.idempotent=true and quarkus.kubernetes.vcs-uri.enabled=false");
            }
        }
    }

    @Test
    void theBaseUsesEveryGeneratedFileAndNothingElseLivesThere() throws IOException {
        Path dir = DeploymentFiles.root().resolve(GENERATED);
        Set<String> expected =
                COMPONENTS.stream().map(c -> c.name() + ".yml").collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    expected,
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)),
                    GENERATED + " must hold exactly one generated file per component");
        }
        var kustomization = DeploymentFiles.readYaml(dir.getParent().resolve("kustomization.yaml"));
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        for (String file : expected) {
            assertTrue(listed.contains("generated/" + file), "base/kustomization.yaml does not list generated/" + file);
        }
    }

    private static String firstDifference(List<String> kept, List<String> built) {
        int n = Math.min(kept.size(), built.size());
        for (int i = 0; i < n; i++) {
            if (!kept.get(i).equals(built.get(i))) {
                return "line " + (i + 1) + ": kept `" + kept.get(i).strip() + "`, built `"
                        + built.get(i).strip() + "`";
            }
        }
        return "kept has " + kept.size() + " lines, built " + built.size();
    }
}
