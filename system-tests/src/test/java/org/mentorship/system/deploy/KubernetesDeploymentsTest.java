package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mentorship.system.deploy.DeploymentFiles.COMPONENTS;
import static org.mentorship.system.deploy.DeploymentFiles.Component;
import static org.mentorship.system.deploy.DeploymentFiles.GATEWAY;
import static org.mentorship.system.deploy.KustomizeRender.amount;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five Deployments, their Services and the Ingress, as each overlay renders them: images, probes, resources,
 * pod hardening, replicas and (prod) PodDisruptionBudgets.
 */
class KubernetesDeploymentsTest {

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void imagesAreTheModulesOwn(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        for (Component c : COMPONENTS) {
            String image = render.container(c).getImage();
            assertNotNull(image, overlay + ": " + c.name() + " has no image");
            assertTrue(
                    image.matches("mentorship/" + c.name() + ":[A-Za-z0-9._-]+"),
                    overlay + ": " + c.name() + " image must be mentorship/" + c.name() + ":<version>, is " + image);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void probesAskTheQuarkusHealthEndpointsOnTheComponentsPort(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        for (Component c : COMPONENTS) {
            Container container = render.container(c);
            assertEquals(
                    List.of(c.port()),
                    container.getPorts().stream().map(p -> p.getContainerPort()).toList(),
                    overlay + ": " + c.name() + " container ports");
            assertProbe(c, container, container.getLivenessProbe(), "liveness", "/q/health/live");
            assertProbe(c, container, container.getReadinessProbe(), "readiness", "/q/health/ready");
            assertProbe(c, container, container.getStartupProbe(), "startup", "/q/health/started");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void containersHaveRequestsWithinLimits(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        for (Component c : COMPONENTS) {
            var resources = render.container(c).getResources();
            for (String kind : List.of("cpu", "memory")) {
                Quantity request = resources.getRequests() == null
                        ? null
                        : resources.getRequests().get(kind);
                Quantity limit = resources.getLimits() == null
                        ? null
                        : resources.getLimits().get(kind);
                assertNotNull(request, overlay + ": " + c.name() + " has no " + kind + " request");
                assertNotNull(limit, overlay + ": " + c.name() + " has no " + kind + " limit");
                assertTrue(
                        amount(request).signum() > 0,
                        overlay + ": " + c.name() + " " + kind + " request must be positive");
                assertTrue(
                        amount(request).compareTo(amount(limit)) <= 0,
                        overlay + ": " + c.name() + " " + kind + " request " + request + " exceeds its limit " + limit);
            }
            BigDecimal memoryLimit = amount(resources.getLimits().get("memory"));
            assertTrue(
                    memoryLimit.compareTo(amount(new Quantity("320Mi"))) >= 0,
                    overlay + ": " + c.name() + " memory limit is too small for a Quarkus JVM: " + memoryLimit);
            // Two-core machines: a pod may burst to one core, never ask for more than a quarter of one.
            assertTrue(
                    amount(resources.getRequests().get("cpu")).compareTo(new BigDecimal("0.25")) <= 0,
                    overlay + ": " + c.name() + " requests too much CPU for a two-core node");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void podsMeetTheRestrictedPodSecurityStandard(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        for (Component c : COMPONENTS) {
            PodSpec pod = render.deployment(c).getSpec().getTemplate().getSpec();
            var container = render.container(c).getSecurityContext();
            String name = overlay + ": " + c.name();
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name + " runAsNonRoot");
            assertEquals(
                    "RuntimeDefault",
                    pod.getSecurityContext().getSeccompProfile().getType(),
                    name + " seccomp");
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + " automountServiceAccountToken");
            assertNotNull(container, name + " has no container securityContext");
            assertEquals(Boolean.FALSE, container.getAllowPrivilegeEscalation(), name + " allowPrivilegeEscalation");
            assertEquals(Boolean.TRUE, container.getReadOnlyRootFilesystem(), name + " readOnlyRootFilesystem");
            assertEquals(List.of("ALL"), container.getCapabilities().getDrop(), name + " capabilities.drop");
            // The read-only root needs a writable, bounded /tmp.
            var mount = render.container(c).getVolumeMounts().stream()
                    .filter(m -> "/tmp".equals(m.getMountPath()))
                    .findFirst()
                    .orElseGet(() -> fail(name + " mounts nothing at /tmp"));
            Volume tmp = pod.getVolumes().stream()
                    .filter(v -> mount.getName().equals(v.getName()))
                    .findFirst()
                    .orElseGet(() -> fail(name + " has no volume " + mount.getName()));
            assertNotNull(tmp.getEmptyDir(), name + " /tmp must be an emptyDir");
            assertNotNull(tmp.getEmptyDir().getSizeLimit(), name + " /tmp emptyDir needs a sizeLimit");
            assertEquals(
                    "RollingUpdate",
                    render.deployment(c).getSpec().getStrategy().getType(),
                    name + " strategy");
            IntOrString maxUnavailable = render.deployment(c)
                    .getSpec()
                    .getStrategy()
                    .getRollingUpdate()
                    .getMaxUnavailable();
            assertNotNull(maxUnavailable, name + " has no maxUnavailable");
            assertTrue(
                    Integer.valueOf(0).equals(maxUnavailable.getIntVal())
                            || List.of("0", "0%").contains(maxUnavailable.getStrVal()),
                    name + " must keep every replica during a rollout (maxUnavailable 0), has " + maxUnavailable);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void aServicePerComponentReachesItsPods(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        for (Component c : COMPONENTS) {
            Deployment deployment = render.deployment(c);
            Map<String, String> podLabels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(
                    podLabels
                            .entrySet()
                            .containsAll(deployment
                                    .getSpec()
                                    .getSelector()
                                    .getMatchLabels()
                                    .entrySet()),
                    overlay + ": " + c.name() + " Deployment selector does not match its pods");
            Service service = render.one(Service.class, c.name());
            assertEquals("ClusterIP", service.getSpec().getType(), overlay + ": " + c.name() + " Service type");
            assertTrue(
                    podLabels
                            .entrySet()
                            .containsAll(service.getSpec().getSelector().entrySet()),
                    overlay + ": " + c.name() + " Service selects no pod of its Deployment");
            ServicePort port = service.getSpec().getPorts().stream()
                    .filter(p -> p.getPort() == c.port())
                    .findFirst()
                    .orElseGet(() -> fail(overlay + ": " + c.name() + " Service must expose port " + c.port()));
            assertEquals(
                    c.port(),
                    targetPort(render.container(c), port.getTargetPort()),
                    overlay + ": " + c.name() + " Service targetPort must reach the container port");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void oneIngressAndItLeadsToTheGatewayOnly(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        List<Ingress> ingresses = render.all(Ingress.class);
        assertEquals(1, ingresses.size(), overlay + ": exactly one Ingress (to the gateway) expected");
        List<IngressBackend> backends = new ArrayList<>();
        if (ingresses.get(0).getSpec().getDefaultBackend() != null) {
            backends.add(ingresses.get(0).getSpec().getDefaultBackend());
        }
        ingresses
                .get(0)
                .getSpec()
                .getRules()
                .forEach(rule -> rule.getHttp().getPaths().forEach(p -> backends.add(p.getBackend())));
        assertFalse(backends.isEmpty(), overlay + ": the Ingress routes nothing");
        for (IngressBackend backend : backends) {
            assertEquals(
                    GATEWAY.name(),
                    backend.getService().getName(),
                    overlay + ": the Ingress may lead to the gateway only");
            assertEquals(
                    GATEWAY.port(),
                    backend.getService().getPort().getNumber(),
                    overlay + ": the Ingress must use the gateway's port");
        }
    }

    /** Prefix paths the public may reach: the API and the event schemas (ce_dataschema). */
    private static final Set<String> PUBLIC_PATHS = Set.of("/api", "/schemas/events");

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void theIngressServesTheApiButNeitherSwaggerUiNorMetricsNorHealth(String overlay) {
        Ingress ingress = KustomizeRender.of(overlay).one(Ingress.class, "gateway");
        assertNull(ingress.getSpec().getDefaultBackend(), overlay + ": a default backend would serve every path");
        List<String> paths = new ArrayList<>();
        ingress.getSpec()
                .getRules()
                .forEach(rule -> rule.getHttp().getPaths().forEach(p -> {
                    assertEquals("Prefix", p.getPathType(), overlay + ": " + p.getPath() + " must be a Prefix path");
                    paths.add(p.getPath());
                }));
        assertTrue(paths.contains("/api"), overlay + ": the Ingress must serve the API: " + paths);
        assertTrue(PUBLIC_PATHS.containsAll(paths), overlay + ": more than the public paths: " + paths);
        for (String internal : List.of("/q/swagger-ui", "/q/metrics", "/q/health", "/q/openapi", "/openapi")) {
            assertTrue(
                    paths.stream()
                            .noneMatch(p -> internal.startsWith(p.replaceAll("/$", "") + "/") || internal.equals(p)),
                    overlay + ": " + internal + " must not be reachable through the Ingress: " + paths);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void replicasAndDisruptionBudgets(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        boolean prod = KustomizeRender.PROD.equals(overlay);
        for (Component c : COMPONENTS) {
            Deployment deployment = render.deployment(c);
            assertEquals(prod ? 2 : 1, deployment.getSpec().getReplicas(), overlay + ": " + c.name() + " replicas");
            List<PodDisruptionBudget> budgets = render.all(PodDisruptionBudget.class).stream()
                    .filter(pdb -> deployment
                            .getSpec()
                            .getTemplate()
                            .getMetadata()
                            .getLabels()
                            .entrySet()
                            .containsAll(
                                    pdb.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            if (!prod) {
                assertTrue(budgets.isEmpty(), overlay + ": one replica with a PodDisruptionBudget blocks every drain");
                continue;
            }
            assertEquals(1, budgets.size(), overlay + ": " + c.name() + " needs exactly one PodDisruptionBudget");
            IntOrString minAvailable = budgets.get(0).getSpec().getMinAvailable();
            assertNotNull(minAvailable, overlay + ": " + c.name() + " PodDisruptionBudget has no minAvailable");
            assertTrue(
                    minAvailable.getIntVal() != null
                            && minAvailable.getIntVal() >= 1
                            && minAvailable.getIntVal() < deployment.getSpec().getReplicas(),
                    overlay + ": " + c.name() + " minAvailable must keep one pod and still allow a drain");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", KustomizeRender.PROD})
    void theKustomizationCanRetargetEveryImage(String overlay) {
        var kustomization = DeploymentFiles.readYaml(
                KustomizeRender.kubernetesDir().resolve(overlay).resolve("kustomization.yaml"));
        List<String> names = new ArrayList<>();
        kustomization.path("images").forEach(i -> names.add(i.path("name").asText()));
        for (Component c : COMPONENTS) {
            assertTrue(
                    names.contains("mentorship/" + c.name()),
                    overlay + "/kustomization.yaml images: lacks mentorship/" + c.name()
                            + ", so `kustomize edit set image` cannot point it at a registry");
        }
    }

    private static void assertProbe(Component c, Container container, Probe probe, String kind, String path) {
        assertNotNull(probe, c.name() + " has no " + kind + " probe");
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, c.name() + " " + kind + " probe must be an HTTP GET");
        assertEquals(path, get.getPath(), c.name() + " " + kind + " probe path");
        assertEquals(c.port(), targetPort(container, get.getPort()), c.name() + " " + kind + " probe port");
    }

    /** The container port a number or port name means. */
    private static int targetPort(Container container, IntOrString port) {
        assertNotNull(port, container.getName() + ": port missing");
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .findFirst()
                .orElseGet(() -> fail(container.getName() + " has no port named " + port.getStrVal()))
                .getContainerPort();
    }
}
