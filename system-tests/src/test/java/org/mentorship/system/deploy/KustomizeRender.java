package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * An overlay of deploy/kubernetes rendered by {@code kubectl kustomize} (offline, no cluster) and read with the
 * fabric8 Kubernetes model: built-in kinds as their classes, the operators' resources (Strimzi, CloudNativePG) as
 * {@link GenericKubernetesResource}. Without kubectl the calling test is skipped, not failed.
 */
final class KustomizeRender {

    static final String PROD = "overlays/prod";
    static final String DEV = "overlays/dev";
    static final List<String> OVERLAYS = List.of(DEV, PROD);

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<String, KustomizeRender> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<HasMetadata> resources;

    private KustomizeRender(String overlay, List<HasMetadata> resources) {
        this.overlay = overlay;
        this.resources = List.copyOf(resources);
    }

    /** deploy/kubernetes/&lt;dir&gt; rendered, once per test run. */
    static KustomizeRender of(String dir) {
        return CACHE.computeIfAbsent(dir, KustomizeRender::render);
    }

    static Path kubernetesDir() {
        return DeploymentFiles.root().resolve("deploy/kubernetes");
    }

    private static KustomizeRender render(String dir) {
        Path kubectl = kubectl().orElse(null);
        Assumptions.assumeTrue(
                kubectl != null,
                "kubectl is not installed (looked at -Dmentorship.kubectl, /usr/bin/kubectl and PATH): the kustomize render tests are skipped");
        Path target = kubernetesDir().resolve(dir);
        assertTrue(Files.isRegularFile(target.resolve("kustomization.yaml")), "no kustomization.yaml in " + target);
        try {
            generateDevSecrets(target);
            Path out = Files.createTempFile("kustomize-", ".yaml");
            Path err = Files.createTempFile("kustomize-", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", target.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("kubectl kustomize " + dir + " did not finish in 60 s");
                }
                assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed: " + Files.readString(err));
                return new KustomizeRender(dir, parse(Files.readString(out, StandardCharsets.UTF_8), dir));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return fail("cannot run kubectl kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", e);
        }
    }

    /**
     * The dev overlay's Secrets are made on the machine by its generate-secrets.sh (nothing committed): run it, as a
     * developer would before the first apply. It writes only the files missing (existing values are kept), so it runs
     * every time: a checkout that gained a component (webhook-service) gets its Secret too.
     */
    private static void generateDevSecrets(Path overlay) throws IOException, InterruptedException {
        Path script = overlay.resolve("generate-secrets.sh");
        if (!Files.isRegularFile(script)) {
            return;
        }
        Process process = new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, script + " failed: " + output);
    }

    private static List<HasMetadata> parse(String yaml, String dir) {
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.isBlank()) {
                continue;
            }
            Object parsed = SERIALIZATION.unmarshal(document);
            if (!(parsed instanceof HasMetadata resource)) {
                return fail("kubectl kustomize " + dir + " rendered something that is not a resource: " + document);
            }
            assertNotNull(resource.getMetadata().getName(), "a resource without a name in " + dir);
            resources.add(resource);
        }
        assertTrue(!resources.isEmpty(), "kubectl kustomize " + dir + " rendered nothing");
        return resources;
    }

    /** -Dmentorship.kubectl=PATH chooses the binary (a missing one skips the tests); else /usr/bin, else PATH. */
    private static Optional<Path> kubectl() {
        String configured = System.getProperty("mentorship.kubectl");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Paths.get(configured)).filter(Files::isExecutable);
        }
        Path usual = Paths.get("/usr/bin/kubectl");
        if (Files.isExecutable(usual)) {
            return Optional.of(usual);
        }
        String path = System.getenv("PATH");
        return path == null
                ? Optional.empty()
                : Stream.of(path.split(java.io.File.pathSeparator))
                        .map(p -> Paths.get(p, "kubectl"))
                        .filter(Files::isExecutable)
                        .findFirst();
    }

    // ---- lookups ----

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        List<T> found = all(type).stream()
                .filter(r -> name.equals(r.getMetadata().getName()))
                .toList();
        assertEquals(1, found.size(), overlay + ": expected one " + type.getSimpleName() + " named " + name);
        return found.get(0);
    }

    /** The operators' resources of one kind, e.g. ("kafka.strimzi.io/v1beta2", "KafkaTopic"). */
    List<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> apiVersion.equals(r.getApiVersion()) && kind.equals(r.getKind()))
                .toList();
    }

    GenericKubernetesResource oneCustom(String apiVersion, String kind, String name) {
        List<GenericKubernetesResource> found = custom(apiVersion, kind).stream()
                .filter(r -> name.equals(r.getMetadata().getName()))
                .toList();
        assertEquals(1, found.size(), overlay + ": expected one " + kind + " named " + name);
        return found.get(0);
    }

    Deployment deployment(DeploymentFiles.Component component) {
        return one(Deployment.class, component.name());
    }

    /** The component's container: the one named after it. */
    Container container(DeploymentFiles.Component component) {
        List<Container> containers =
                deployment(component).getSpec().getTemplate().getSpec().getContainers();
        return containers.stream()
                .filter(c -> component.name().equals(c.getName()))
                .findFirst()
                .orElseGet(() -> fail(overlay + ": " + component.name() + " has no container named after it"));
    }

    static EnvVar env(Container container, String name) {
        return container.getEnv().stream()
                .filter(e -> name.equals(e.getName()))
                .findFirst()
                .orElseGet(() -> fail("container " + container.getName() + " has no env " + name));
    }

    /** The value a variable gets: a literal, or a key of a ConfigMap rendered in this overlay. */
    String resolve(Container container, String name) {
        EnvVar env = env(container, name);
        if (env.getValue() != null) {
            return env.getValue();
        }
        assertTrue(
                env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null,
                overlay + ": " + container.getName() + " " + name + " must be a value or come from a ConfigMap");
        var ref = env.getValueFrom().getConfigMapKeyRef();
        String value = one(ConfigMap.class, ref.getName()).getData().get(ref.getKey());
        assertNotNull(value, overlay + ": ConfigMap " + ref.getName() + " has no key " + ref.getKey());
        return value;
    }

    /** A Kubernetes quantity ("100m", "1", "512Mi") as a plain number. */
    static BigDecimal amount(Quantity quantity) {
        assertNotNull(quantity, "quantity missing");
        return Quantity.getAmountInBytes(quantity);
    }

    /** Nested map lookups in a custom resource: path("spec", "cluster", "name"). */
    @SuppressWarnings("unchecked")
    static Object path(GenericKubernetesResource resource, String... keys) {
        Object node = resource.getAdditionalProperties();
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(key);
        }
        return node;
    }
}
