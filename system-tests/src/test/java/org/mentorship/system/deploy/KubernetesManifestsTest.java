package org.mentorship.system.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mentorship.system.deploy.DeploymentFiles.COMPONENTS;
import static org.mentorship.system.deploy.DeploymentFiles.Component;
import static org.mentorship.system.deploy.DeploymentFiles.GATEWAY;
import static org.mentorship.system.deploy.DeploymentFiles.GATEWAY_URL_VARIABLES;
import static org.mentorship.system.deploy.DeploymentFiles.SERVICES;
import static org.mentorship.system.deploy.DeploymentFiles.text;

/**
 * Checks the manifests of deploy/kubernetes as parsed YAML (no cluster is needed): every file the
 * kustomization lists, a Deployment and a Service per component with probes, ports and resources,
 * configuration from the ConfigMap and the operator-made Secret, and an Ingress to the gateway only.
 */
class KubernetesManifestsTest {

    private static final String DB_SECRET = "mentorship-db";
    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?/]+)(\\?.*)?");

    private static Path dir;
    private static JsonNode kustomization;
    private static final List<JsonNode> resources = new ArrayList<>();

    @BeforeAll
    static void load() {
        resources.clear();
        dir = DeploymentFiles.root().resolve("deploy/kubernetes");
        kustomization = DeploymentFiles.readYaml(dir.resolve("kustomization.yaml"));
        JsonNode listed = kustomization.path("resources");
        assertTrue(listed.isArray() && !listed.isEmpty(), "kustomization.yaml lists no resources");
        for (JsonNode entry : listed) {
            Path file = dir.resolve(entry.asText()).normalize();
            assertTrue(Files.isRegularFile(file), "kustomization.yaml lists a missing file: " + entry.asText());
            for (JsonNode document : DeploymentFiles.readYamlDocuments(file)) {
                assertNotNull(text(document.path("apiVersion")), "a document without apiVersion in " + file);
                assertNotNull(text(document.path("kind")), "a document without kind in " + file);
                assertNotNull(text(document.path("metadata").path("name")), "a document without a name in " + file);
                resources.add(document);
            }
        }
    }

    @Test
    void everyManifestFileInTheDirectoryIsListed() {
        Set<String> listed = new HashSet<>();
        kustomization.path("resources").forEach(r -> listed.add(dir.resolve(r.asText()).normalize().getFileName().toString()));
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .filter(n -> !n.equals("kustomization.yaml") && !n.equals("kustomization.yml"))
                    .forEach(n -> assertTrue(listed.contains(n), n + " is in deploy/kubernetes but not in kustomization.yaml"));
        } catch (java.io.IOException e) {
            fail(e);
        }
    }

    @Test
    void aDeploymentAndAServicePerComponentOnItsPort() {
        for (Component c : COMPONENTS) {
            JsonNode deployment = one("Deployment", c.name());
            assertEquals("apps/v1", text(deployment.path("apiVersion")), c.name() + " Deployment apiVersion");
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            JsonNode matchLabels = deployment.path("spec").path("selector").path("matchLabels");
            assertTrue(matchLabels.isObject() && !matchLabels.isEmpty(), c.name() + " Deployment has no selector.matchLabels");
            assertSubset(matchLabels, podLabels, c.name() + " Deployment selector does not match its pod labels");

            JsonNode container = container(c);
            assertEquals(c.port(), containerPort(container, null),
                    c.name() + " container must listen on " + c.port());

            JsonNode service = one("Service", c.name());
            JsonNode selector = service.path("spec").path("selector");
            assertTrue(selector.isObject() && !selector.isEmpty(), c.name() + " Service has no selector");
            assertSubset(selector, podLabels, c.name() + " Service selects no pod of its Deployment");
            JsonNode port = servicePort(service, c.port());
            assertNotNull(port, c.name() + " Service must expose port " + c.port());
            JsonNode target = port.path("targetPort");
            int targetPort = target.isMissingNode() ? c.port() : containerPort(container, target);
            assertEquals(c.port(), targetPort, c.name() + " Service targetPort must reach the container port");
        }
    }

    @Test
    void probesAskTheQuarkusHealthEndpoints() {
        for (Component c : COMPONENTS) {
            JsonNode container = container(c);
            assertProbe(c, container, "readinessProbe", "/q/health/ready");
            assertProbe(c, container, "livenessProbe", "/q/health/live");
            JsonNode startup = container.path("startupProbe");
            if (!startup.isMissingNode()) {
                String path = text(startup.path("httpGet").path("path"));
                assertTrue(path != null && path.startsWith("/q/health"),
                        c.name() + " startupProbe must use a Quarkus health endpoint");
            }
        }
    }

    @Test
    void containersHaveRequestsWithinLimits() {
        for (Component c : COMPONENTS) {
            JsonNode requirements = container(c).path("resources");
            for (String kind : List.of("cpu", "memory")) {
                String request = text(requirements.path("requests").path(kind));
                String limit = text(requirements.path("limits").path(kind));
                assertNotNull(request, c.name() + " has no " + kind + " request");
                assertNotNull(limit, c.name() + " has no " + kind + " limit");
                BigDecimal r = quantity(request);
                BigDecimal l = quantity(limit);
                assertTrue(r.signum() > 0, c.name() + " " + kind + " request must be positive: " + request);
                assertTrue(r.compareTo(l) <= 0, c.name() + " " + kind + " request " + request + " exceeds its limit " + limit);
            }
            BigDecimal memoryLimit = quantity(text(requirements.path("limits").path("memory")));
            assertTrue(memoryLimit.compareTo(quantity("256Mi")) >= 0,
                    c.name() + " memory limit is too small for a Quarkus JVM: " + memoryLimit);
        }
    }

    @Test
    void podsRunAsNonRoot() {
        for (Component c : COMPONENTS) {
            JsonNode pod = deploymentPod(c);
            JsonNode container = container(c);
            boolean nonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false)
                    || container.path("securityContext").path("runAsNonRoot").asBoolean(false);
            assertTrue(nonRoot, c.name() + " must set runAsNonRoot: true");
            assertFalse(container.path("securityContext").path("privileged").asBoolean(false), c.name() + " is privileged");
            assertFalse(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true),
                    c.name() + " must set allowPrivilegeEscalation: false");
        }
    }

    @Test
    void servicesGetTheirOwnDatabaseKafkaAndCredentialsFromTheOperatorSecret() {
        Set<String> databases = new HashSet<>();
        for (Component service : SERVICES) {
            JsonNode container = container(service);

            String url = resolve(service, container, "QUARKUS_DATASOURCE_JDBC_URL");
            Matcher m = JDBC_URL.matcher(url);
            assertTrue(m.matches(), service.name() + " JDBC URL is not a PostgreSQL URL: " + url);
            assertEquals(service.database(), m.group(3), service.name() + " must use its own database: " + url);
            assertTrue(databases.add(m.group(3)), "two services share the database " + m.group(3));

            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                JsonNode ref = envVar(container, variable).path("valueFrom").path("secretKeyRef");
                assertTrue(ref.isObject(), service.name() + " must take " + variable + " from a Secret (secretKeyRef)");
                assertEquals(DB_SECRET, text(ref.path("name")), service.name() + " " + variable + " Secret name");
                String key = text(ref.path("key"));
                assertTrue(key != null && key.startsWith(service.database()),
                        service.name() + " " + variable + " must read its own database's key, reads " + key);
            }
            String user = text(envVar(container, "QUARKUS_DATASOURCE_USERNAME").path("valueFrom").path("secretKeyRef").path("key"));
            String password = text(envVar(container, "QUARKUS_DATASOURCE_PASSWORD").path("valueFrom").path("secretKeyRef").path("key"));
            assertFalse(user.equals(password), service.name() + " reads user and password from the same key");

            String kafka = resolve(service, container, "KAFKA_BOOTSTRAP_SERVERS");
            for (String server : kafka.split(",")) {
                assertTrue(server.trim().matches("[a-z0-9.-]+:\\d+"),
                        service.name() + " KAFKA_BOOTSTRAP_SERVERS must be host:port, is " + kafka);
            }
        }
    }

    @Test
    void noCredentialsInTheManifests() {
        for (JsonNode r : resources) {
            assertFalse("Secret".equals(text(r.path("kind"))),
                    "Secrets are created by the cluster operator, not kept here: " + text(r.path("metadata").path("name")));
        }
        for (Component service : SERVICES) {
            JsonNode password = envVar(container(service), "QUARKUS_DATASOURCE_PASSWORD");
            assertTrue(password.path("value").isMissingNode(), service.name() + " has a literal database password");
        }
    }

    @Test
    void gatewayFindsTheServicesByTheirKubernetesServices() {
        JsonNode container = container(GATEWAY);
        GATEWAY_URL_VARIABLES.forEach((variable, service) -> {
            String url = resolve(GATEWAY, container, variable).replaceAll("/+$", "");
            Matcher m = Pattern.compile("http://([a-z0-9-]+)(?:\\.[a-z0-9.-]+)?:(\\d+)").matcher(url);
            assertTrue(m.matches(), variable + " is not an in-cluster http URL: " + url);
            assertEquals(service.name(), m.group(1), variable + " must name the " + service.name() + " Service");
            assertEquals(service.port(), Integer.parseInt(m.group(2)), variable + " port");
            assertNotNull(servicePort(one("Service", service.name()), service.port()),
                    variable + " points at a port the Service does not expose");
        });
    }

    @Test
    void oneIngressAndItLeadsToTheGatewayOnly() {
        List<JsonNode> ingresses = ofKind("Ingress");
        assertEquals(1, ingresses.size(), "exactly one Ingress (for the gateway) expected");
        JsonNode ingress = ingresses.get(0);
        assertEquals("networking.k8s.io/v1", text(ingress.path("apiVersion")), "Ingress apiVersion");
        List<JsonNode> backends = new ArrayList<>();
        JsonNode defaultBackend = ingress.path("spec").path("defaultBackend");
        if (!defaultBackend.isMissingNode()) {
            backends.add(defaultBackend);
        }
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                backends.add(path.path("backend"));
            }
        }
        assertFalse(backends.isEmpty(), "the Ingress routes nothing");
        JsonNode gatewayService = one("Service", GATEWAY.name());
        for (JsonNode backend : backends) {
            JsonNode service = backend.path("service");
            assertEquals(GATEWAY.name(), text(service.path("name")), "the Ingress may lead to the gateway only");
            JsonNode port = service.path("port");
            int number = port.has("number") ? port.path("number").asInt()
                    : servicePortNumberByName(gatewayService, text(port.path("name")));
            assertEquals(GATEWAY.port(), number, "the Ingress must use the gateway's port");
        }
    }

    @Test
    void kustomizeImagesCoverEveryDeployment() {
        Set<String> names = new HashSet<>();
        kustomization.path("images").forEach(i -> names.add(text(i.path("name"))));
        for (Component c : COMPONENTS) {
            String image = text(container(c).path("image"));
            assertNotNull(image, c.name() + " has no image");
            String repository = image.replaceAll("@.*$", "").replaceAll(":[^:/]+$", "");
            assertTrue(names.contains(repository),
                    c.name() + " image " + repository + " is missing from kustomization.yaml images:, so it cannot be retargeted");
        }
    }

    // ---- helpers ----

    private static List<JsonNode> ofKind(String kind) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode r : resources) {
            if (kind.equals(text(r.path("kind")))) {
                result.add(r);
            }
        }
        return result;
    }

    private static JsonNode one(String kind, String name) {
        List<JsonNode> found = ofKind(kind).stream()
                .filter(r -> name.equals(text(r.path("metadata").path("name")))).toList();
        assertEquals(1, found.size(), "expected one " + kind + " named " + name + ", found " + found.size());
        return found.get(0);
    }

    private static JsonNode deploymentPod(Component c) {
        return one("Deployment", c.name()).path("spec").path("template").path("spec");
    }

    /** The component's container: the one named after it, or the only one. */
    private static JsonNode container(Component c) {
        JsonNode containers = deploymentPod(c).path("containers");
        assertTrue(containers.isArray() && !containers.isEmpty(), c.name() + " Deployment has no container");
        for (JsonNode container : containers) {
            if (c.name().equals(text(container.path("name")))) {
                return container;
            }
        }
        assertEquals(1, containers.size(), c.name() + ": no container named " + c.name() + " among several");
        return containers.get(0);
    }

    /**
     * The container port a reference means: a number as is, a name looked up among the container's
     * ports; with no reference, the container's only (or first) port.
     */
    private static int containerPort(JsonNode container, JsonNode reference) {
        JsonNode ports = container.path("ports");
        assertTrue(ports.isArray() && !ports.isEmpty(), "container " + text(container.path("name")) + " declares no port");
        if (reference == null) {
            return ports.get(0).path("containerPort").asInt();
        }
        if (reference.isNumber() || reference.asText().matches("\\d+")) {
            return reference.asInt();
        }
        for (JsonNode port : ports) {
            if (reference.asText().equals(text(port.path("name")))) {
                return port.path("containerPort").asInt();
            }
        }
        return fail("container " + text(container.path("name")) + " has no port named " + reference.asText());
    }

    private static JsonNode servicePort(JsonNode service, int number) {
        for (JsonNode port : service.path("spec").path("ports")) {
            if (port.path("port").asInt() == number) {
                return port;
            }
        }
        return null;
    }

    private static int servicePortNumberByName(JsonNode service, String name) {
        for (JsonNode port : service.path("spec").path("ports")) {
            if (name != null && name.equals(text(port.path("name")))) {
                return port.path("port").asInt();
            }
        }
        return fail("Service " + text(service.path("metadata").path("name")) + " has no port named " + name);
    }

    private static void assertProbe(Component c, JsonNode container, String probeName, String path) {
        JsonNode httpGet = container.path(probeName).path("httpGet");
        assertTrue(httpGet.isObject(), c.name() + " needs an HTTP " + probeName);
        assertEquals(path, text(httpGet.path("path")), c.name() + " " + probeName + " path");
        assertEquals(c.port(), containerPort(container, httpGet.path("port")), c.name() + " " + probeName + " port");
    }

    private static void assertSubset(JsonNode subset, JsonNode superset, String message) {
        subset.properties().forEach(e ->
                assertEquals(text(e.getValue()), text(superset.path(e.getKey())), message + " (label " + e.getKey() + ")"));
    }

    private static JsonNode envVar(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (name.equals(text(env.path("name")))) {
                return env;
            }
        }
        return fail("container " + text(container.path("name")) + " has no env " + name);
    }

    /**
     * The value a variable gets: a literal value, a key of a ConfigMap of this kustomization, or a
     * key of a ConfigMap loaded whole with envFrom.
     */
    private static String resolve(Component c, JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (!variable.equals(text(env.path("name")))) {
                continue;
            }
            if (env.has("value")) {
                return text(env.path("value"));
            }
            JsonNode ref = env.path("valueFrom").path("configMapKeyRef");
            assertTrue(ref.isObject(), c.name() + " " + variable + " must be a value or come from a ConfigMap");
            String value = text(configMapData(text(ref.path("name"))).path(text(ref.path("key"))));
            assertNotNull(value, c.name() + " " + variable + ": ConfigMap " + text(ref.path("name"))
                    + " has no key " + text(ref.path("key")));
            return value;
        }
        for (JsonNode from : container.path("envFrom")) {
            String name = text(from.path("configMapRef").path("name"));
            if (name != null) {
                String prefix = text(from.path("prefix"));
                String key = prefix != null && variable.startsWith(prefix) ? variable.substring(prefix.length()) : variable;
                String value = text(configMapData(name).path(key));
                if (value != null) {
                    return value;
                }
            }
        }
        return fail(c.name() + " does not set " + variable);
    }

    private static JsonNode configMapData(String name) {
        return one("ConfigMap", name).path("data");
    }

    private static final Map<String, BigDecimal> SUFFIXES = suffixes();

    /** A Kubernetes quantity ("100m", "1", "512Mi", "1G") as a plain number. */
    static BigDecimal quantity(String quantity) {
        assertNotNull(quantity, "quantity missing");
        Matcher m = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([a-zA-Z]*)").matcher(quantity.trim());
        assertTrue(m.matches(), "not a Kubernetes quantity: " + quantity);
        BigDecimal factor = SUFFIXES.get(m.group(2));
        assertNotNull(factor, "unknown quantity suffix in " + quantity);
        return new BigDecimal(m.group(1)).multiply(factor);
    }

    private static Map<String, BigDecimal> suffixes() {
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        s.put("", BigDecimal.ONE);
        s.put("m", new BigDecimal("0.001"));
        s.put("k", BigDecimal.TEN.pow(3));
        s.put("M", BigDecimal.TEN.pow(6));
        s.put("G", BigDecimal.TEN.pow(9));
        s.put("T", BigDecimal.TEN.pow(12));
        s.put("Ki", BigDecimal.valueOf(2).pow(10));
        s.put("Mi", BigDecimal.valueOf(2).pow(20));
        s.put("Gi", BigDecimal.valueOf(2).pow(30));
        s.put("Ti", BigDecimal.valueOf(2).pow(40));
        return s;
    }
}
