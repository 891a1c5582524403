package org.mentorship.system.deploy;

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

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks docker-compose.yml as parsed YAML (no Docker engine is needed): the seven services, their
 * images or build files, ports, health checks, start order and the wiring of databases, Kafka and
 * the gateway.
 */
class DockerComposeTest {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?/]+)(\\?.*)?");

    private static Path root;
    private static JsonNode compose;
    private static JsonNode services;

    @BeforeAll
    static void load() {
        root = DeploymentFiles.root();
        compose = DeploymentFiles.readYaml(root.resolve("docker-compose.yml"));
        services = compose.path("services");
        assertTrue(services.isObject(), "docker-compose.yml has no services mapping");
    }

    @Test
    void definesTheSevenServices() {
        List<String> expected = new ArrayList<>(List.of("postgres", "kafka"));
        COMPONENTS.forEach(c -> expected.add(c.name()));
        for (String name : expected) {
            assertTrue(services.has(name), "docker-compose.yml lacks the service " + name);
        }
    }

    @Test
    void postgresIsTheOfficialImageWithInitScriptAndNamedVolume() {
        JsonNode postgres = service("postgres");
        String image = text(postgres.path("image"));
        assertEquals("postgres", imageRepository(image), "postgres image: " + image);
        assertTrue(imageTag(image).startsWith("16"), "postgres must be version 16, is " + image);

        Map<String, String> mounts = volumeMounts(postgres);
        String dataSource = mounts.get("/var/lib/postgresql/data");
        assertNotNull(dataSource, "postgres data directory is not on a volume: " + mounts);
        assertTrue(
                compose.path("volumes").has(dataSource),
                "postgres data must be on a named volume declared under volumes:, is " + dataSource);

        List<Path> initScripts = new ArrayList<>();
        mounts.forEach((target, source) -> {
            if (target.startsWith("/docker-entrypoint-initdb.d")) {
                assertTrue(
                        source.startsWith("./deploy/compose/") || source.startsWith("deploy/compose/"),
                        "init scripts belong under deploy/compose/: " + source);
                Path onDisk = root.resolve(source).normalize();
                assertTrue(Files.exists(onDisk), "mounted init script missing: " + onDisk);
                if (Files.isDirectory(onDisk)) {
                    try (var files = Files.list(onDisk)) {
                        files.filter(Files::isRegularFile).forEach(initScripts::add);
                    } catch (java.io.IOException e) {
                        fail(e);
                    }
                } else {
                    initScripts.add(onDisk);
                }
            }
        });
        assertFalse(initScripts.isEmpty(), "no init script mounted into /docker-entrypoint-initdb.d");
        StringBuilder all = new StringBuilder();
        initScripts.forEach(p -> all.append(DeploymentFiles.read(p)).append('\n'));
        String script = all.toString();
        assertTrue(
                script.toUpperCase(java.util.Locale.ROOT).contains("CREATE DATABASE"),
                "the init script creates no database");
        for (Component service : SERVICES) {
            assertTrue(
                    Pattern.compile("\\b" + service.database() + "\\b")
                            .matcher(script)
                            .find(),
                    "the init script does not create the database " + service.database());
        }
        for (Path p : initScripts) {
            if (p.toString().endsWith(".sh")) {
                assertTrue(Files.isExecutable(p), "init shell script must be executable: " + p);
            }
        }

        assertTrue(
                String.join(" ", healthcheckTest("postgres")).contains("pg_isready"),
                "postgres health check must use pg_isready");
    }

    @Test
    void kafkaIsTheOfficialImageInKraftCombinedMode() {
        JsonNode kafka = service("kafka");
        String image = text(kafka.path("image"));
        assertEquals("apache/kafka", imageRepository(image), "kafka image: " + image);
        assertTrue(imageTag(image).startsWith("4."), "kafka must be a 4.x image, is " + image);

        Map<String, String> env = environment("kafka");
        Set<String> roles = Set.of(
                env.getOrDefault("KAFKA_PROCESS_ROLES", "").replace(" ", "").split(","));
        assertEquals(Set.of("broker", "controller"), roles, "KRaft combined mode needs both process roles");
        assertNotNull(env.get("KAFKA_NODE_ID"), "KAFKA_NODE_ID is required in KRaft mode");
        String voters = env.getOrDefault(
                "KAFKA_CONTROLLER_QUORUM_VOTERS", env.get("KAFKA_CONTROLLER_QUORUM_BOOTSTRAP_SERVERS"));
        assertNotNull(voters, "no controller quorum configured");
        assertTrue(voters.contains("kafka:"), "the controller quorum must name this container: " + voters);
        assertNotNull(env.get("KAFKA_CONTROLLER_LISTENER_NAMES"), "KAFKA_CONTROLLER_LISTENER_NAMES missing");
        for (String rf :
                List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR")) {
            assertEquals("1", env.get(rf), rf + " must be 1 on a single broker");
        }

        String clusterId = env.get("CLUSTER_ID");
        if (clusterId != null) {
            // kafka-storage.sh format accepts only a base64url-encoded 16-byte UUID (22 characters).
            assertEquals(22, clusterId.length(), "CLUSTER_ID must be a 22-character base64 UUID: " + clusterId);
            byte[] decoded = Base64.getUrlDecoder().decode(clusterId);
            assertEquals(16, decoded.length, "CLUSTER_ID must decode to 16 bytes: " + clusterId);
        }

        String check = String.join(" ", healthcheckTest("kafka"));
        assertTrue(
                check.contains("kafka-broker-api-versions.sh") || check.contains("kafka-topics.sh"),
                "kafka health check must ask the broker (kafka-broker-api-versions.sh or kafka-topics.sh): " + check);
        assertTrue(
                check.contains("localhost:9092") || check.contains("kafka:9092"),
                "kafka health check must talk to the broker listener: " + check);
    }

    @Test
    void servicesAndGatewayAreBuiltFromTheirModuleDockerfiles() {
        for (Component c : COMPONENTS) {
            JsonNode build = service(c.name()).path("build");
            assertTrue(build.isObject(), c.name() + " must have a build mapping with context and dockerfile");
            String context = text(build.path("context"));
            assertNotNull(context, c.name() + " build has no context");
            Path contextDir = root.resolve(context).normalize();
            assertEquals(
                    root.resolve(c.name()).normalize(),
                    contextDir,
                    c.name() + " build context must be its module directory");
            assertTrue(Files.isRegularFile(contextDir.resolve("pom.xml")), "not a module: " + contextDir);
            String dockerfile = text(build.path("dockerfile"));
            assertEquals(DeploymentFiles.DOCKERFILE, dockerfile, c.name() + " dockerfile");
            DeploymentFiles.existingFile(contextDir.resolve(dockerfile));
        }
    }

    @Test
    void publishedPortsMatchTheTable() {
        for (Component c : COMPONENTS) {
            List<int[]> ports = publishedPorts(c.name());
            assertTrue(
                    ports.stream().anyMatch(p -> p[0] == c.port() && p[1] == c.port()),
                    c.name() + " must publish " + c.port() + ":" + c.port() + ", has " + describe(ports));
        }
        Set<Integer> published = new HashSet<>();
        services.fieldNames().forEachRemaining(name -> {
            for (int[] p : publishedPorts(name)) {
                assertTrue(published.add(p[0]), "host port " + p[0] + " is published twice");
            }
        });
    }

    @Test
    void everyServiceHasAHealthCheckAndTheJavaOnesAskTheReadinessEndpoint() {
        services.fieldNames().forEachRemaining(name -> {
            List<String> test = healthcheckTest(name);
            assertFalse(test.isEmpty(), name + " has no health check");
            assertFalse(
                    test.get(0).equals("NONE")
                            || service(name).path("healthcheck").path("disable").asBoolean(false),
                    name + " disables its health check");
        });
        for (Component c : COMPONENTS) {
            List<String> test = healthcheckTest(c.name());
            String joined = String.join(" ", test);
            assertTrue(
                    joined.contains("/q/health/ready"),
                    c.name() + " health check must call /q/health/ready: " + joined);
            assertTrue(
                    joined.contains(":" + c.port()) || joined.contains("/" + c.port()),
                    c.name() + " health check must use its own port " + c.port() + ": " + joined);
            String dockerfile = DeploymentFiles.read(root.resolve(c.name()).resolve(DeploymentFiles.DOCKERFILE));
            if (joined.contains("curl")) {
                assertTrue(hasCurl(dockerfile), c.name() + " checks health with curl but its image may lack curl");
            } else if (joined.contains("wget")) {
                assertTrue(
                        dockerfile.contains("eclipse-temurin") || dockerfile.contains("wget"),
                        c.name() + " checks health with wget but its image may lack wget");
            }
            if (test.get(0).equals("CMD-SHELL")) {
                continue;
            }
            assertEquals("CMD", test.get(0), c.name() + " health check test must start with CMD or CMD-SHELL");
        }
    }

    @Test
    void startOrderWaitsForHealthyDependencies() {
        for (Component service : SERVICES) {
            assertDependsOnHealthy(service.name(), Set.of("postgres", "kafka"));
        }
        Set<String> gatewayNeeds = new HashSet<>();
        SERVICES.forEach(s -> gatewayNeeds.add(s.name()));
        assertDependsOnHealthy(GATEWAY.name(), gatewayNeeds);
    }

    @Test
    void eachServiceUsesItsOwnDatabaseOnThePostgresContainer() {
        Map<String, String> postgresEnv = environment("postgres");
        Set<String> databases = new HashSet<>();
        for (Component service : SERVICES) {
            Map<String, String> env = environment(service.name());
            String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
            assertNotNull(url, service.name() + " lacks QUARKUS_DATASOURCE_JDBC_URL");
            Matcher m = JDBC_URL.matcher(url);
            assertTrue(m.matches(), service.name() + " JDBC URL is not a PostgreSQL URL: " + url);
            assertEquals("postgres", m.group(1), service.name() + " must reach the postgres service: " + url);
            if (m.group(2) != null) {
                assertEquals("5432", m.group(2), service.name() + " JDBC port: " + url);
            }
            assertEquals(service.database(), m.group(3), service.name() + " must use its own database: " + url);
            assertTrue(databases.add(m.group(3)), "two services share the database " + m.group(3));

            String user = env.get("QUARKUS_DATASOURCE_USERNAME");
            String password = env.get("QUARKUS_DATASOURCE_PASSWORD");
            assertTrue(user != null && !user.isBlank(), service.name() + " lacks QUARKUS_DATASOURCE_USERNAME");
            assertTrue(password != null && !password.isBlank(), service.name() + " lacks QUARKUS_DATASOURCE_PASSWORD");
            // The init script names each role after its database and takes its password from the
            // postgres container's MENTORSHIP_<DB>_DB_PASSWORD: both sides must say the same.
            assertEquals(service.database(), user, service.name() + " must log in as its database's role");
            String initPassword = postgresEnv.get(
                    "MENTORSHIP_" + service.database().toUpperCase(java.util.Locale.ROOT) + "_DB_PASSWORD");
            assertEquals(
                    initPassword,
                    password,
                    service.name() + " password differs from the one the postgres init script sets");
        }
    }

    /** ${VAR:?message}: compose refuses to start without the variable instead of using a committed default. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{[A-Z0-9_]+:\\?[^}]+}");

    @Test
    void everyPasswordKeyAndSecretIsRequiredFromTheEnvironmentWithoutADefault() {
        List<String> names = new ArrayList<>(List.of("postgres", "kafka"));
        COMPONENTS.forEach(c -> names.add(c.name()));
        int checked = 0;
        for (String name : names) {
            for (Map.Entry<String, String> e : environment(name).entrySet()) {
                if (e.getKey().matches(".*(PASSWORD|SECRET|_KEY|IBAN|AUDIENCES|ISSUER)$")) {
                    assertTrue(
                            e.getValue() != null
                                    && REQUIRED_VARIABLE.matcher(e.getValue()).matches(),
                            name + " " + e.getKey() + " must be ${VAR:?message}, is " + e.getValue());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "expected the passwords, keys and token settings of every service: " + checked);
    }

    @Test
    void servicesReachKafkaThroughItsAdvertisedListener() {
        Map<String, String> kafkaEnv = environment("kafka");
        String advertised = kafkaEnv.getOrDefault("KAFKA_ADVERTISED_LISTENERS", "");
        Set<String> endpoints = new HashSet<>();
        for (String listener : advertised.split(",")) {
            int at = listener.indexOf("://");
            if (at > 0) {
                endpoints.add(listener.substring(at + 3).trim());
            }
        }
        for (Component service : SERVICES) {
            String bootstrap = environment(service.name()).get("KAFKA_BOOTSTRAP_SERVERS");
            assertNotNull(bootstrap, service.name() + " lacks KAFKA_BOOTSTRAP_SERVERS");
            for (String server : bootstrap.split(",")) {
                String s = server.trim();
                assertTrue(s.startsWith("kafka:"), service.name() + " must use the kafka container: " + bootstrap);
                assertTrue(
                        endpoints.contains(s),
                        service.name() + " bootstraps from " + s + ", which kafka does not advertise: " + advertised);
            }
        }
    }

    @Test
    void gatewayRoutesToTheServicesByComposeName() {
        Map<String, String> env = environment(GATEWAY.name());
        assertEquals(SERVICES.size(), GATEWAY_URL_VARIABLES.size());
        GATEWAY_URL_VARIABLES.forEach((variable, service) -> {
            String url = env.get(variable);
            assertNotNull(url, "gateway lacks " + variable);
            assertEquals(
                    "http://" + service.name() + ":" + service.port(),
                    url.replaceAll("/+$", ""),
                    variable + " must point at the " + service.name() + " container");
        });
    }

    // ---- helpers ----

    private static JsonNode service(String name) {
        JsonNode s = services.path(name);
        assertTrue(s.isObject(), "docker-compose.yml lacks the service " + name);
        return s;
    }

    /** Environment as a map, whether written as a mapping or as a list of NAME=value. */
    private static Map<String, String> environment(String name) {
        JsonNode env = service(name).path("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env.isObject()) {
            env.properties().forEach(e -> result.put(e.getKey(), text(e.getValue())));
        } else if (env.isArray()) {
            for (JsonNode item : env) {
                String entry = item.asText();
                int eq = entry.indexOf('=');
                result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
            }
        }
        return result;
    }

    /** The health check's test as a list; a plain string becomes CMD-SHELL and the string. */
    private static List<String> healthcheckTest(String name) {
        JsonNode test = service(name).path("healthcheck").path("test");
        List<String> result = new ArrayList<>();
        if (test.isArray()) {
            test.forEach(t -> result.add(t.asText()));
        } else if (test.isTextual() && !test.asText().isBlank()) {
            result.add("CMD-SHELL");
            result.add(test.asText());
        }
        return result;
    }

    /** Volume target -> source, from short ("src:target[:mode]") or long syntax. */
    private static Map<String, String> volumeMounts(JsonNode service) {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (JsonNode v : service.path("volumes")) {
            if (v.isTextual()) {
                String[] parts = v.asText().split(":");
                if (parts.length >= 2) {
                    mounts.put(parts[1], parts[0]);
                }
            } else if (v.isObject()) {
                mounts.put(text(v.path("target")), text(v.path("source")));
            }
        }
        return mounts;
    }

    @Test
    void onlyTheGatewayIsReachableFromOtherHosts() {
        services.fieldNames().forEachRemaining(name -> {
            for (JsonNode p : service(name).path("ports")) {
                String spec = p.isObject() ? text(p.path("host_ip")) + ":" : p.asText();
                if (!"gateway".equals(name)) {
                    assertTrue(
                            spec.startsWith("127.0.0.1:"),
                            name + " publishes " + p + " beyond the loopback interface: "
                                    + "a caller would bypass the gateway's token checks and limits");
                }
            }
        });
    }

    @Test
    void everyServiceAndTheGatewayNameTheSamePublicUrl() {
        for (Component c : COMPONENTS) {
            assertEquals(
                    "${MENTORSHIP_PUBLIC_URL:-http://localhost:8080}",
                    text(service(c.name()).path("environment").path("MENTORSHIP_PUBLIC_URL")),
                    c.name());
        }
    }

    /** Published ports as {host, container}, from short or long syntax. */
    private static List<int[]> publishedPorts(String name) {
        List<int[]> ports = new ArrayList<>();
        for (JsonNode p : service(name).path("ports")) {
            if (p.isObject()) {
                String published = text(p.path("published"));
                String target = text(p.path("target"));
                if (published != null && target != null && published.matches("\\d+")) {
                    ports.add(new int[] {Integer.parseInt(published), Integer.parseInt(target)});
                }
            } else {
                String spec = p.asText().replaceAll("/(tcp|udp)$", "");
                String[] parts = spec.split(":");
                if (parts.length >= 2) {
                    String host = parts[parts.length - 2];
                    String container = parts[parts.length - 1];
                    if (host.matches("\\d+") && container.matches("\\d+")) {
                        ports.add(new int[] {Integer.parseInt(host), Integer.parseInt(container)});
                    }
                }
            }
        }
        return ports;
    }

    private static String describe(List<int[]> ports) {
        List<String> out = new ArrayList<>();
        ports.forEach(p -> out.add(p[0] + ":" + p[1]));
        return out.toString();
    }

    private static void assertDependsOnHealthy(String name, Set<String> required) {
        JsonNode dependsOn = service(name).path("depends_on");
        assertTrue(
                dependsOn.isObject(),
                name + " depends_on must be a mapping with conditions (the list form cannot wait for health)");
        for (String dependency : required) {
            assertTrue(services.has(dependency), "unknown dependency " + dependency);
            JsonNode entry = dependsOn.path(dependency);
            assertTrue(entry.isObject(), name + " must depend on " + dependency);
            assertEquals(
                    "service_healthy",
                    text(entry.path("condition")),
                    name + " must wait until " + dependency + " is healthy");
        }
    }

    private static String imageRepository(String image) {
        assertNotNull(image, "image missing");
        String withoutDigest = image.split("@")[0];
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static String imageTag(String image) {
        String withoutDigest = image.split("@")[0];
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        assertTrue(colon > slash, "image must carry a version tag: " + image);
        String tag = withoutDigest.substring(colon + 1);
        assertFalse(tag.equals("latest"), "image must not float on latest: " + image);
        return tag;
    }

    /** Whether the image a Dockerfile builds has curl: Temurin's Ubuntu images ship it, or the file installs it. */
    private static boolean hasCurl(String dockerfile) {
        String finalBase = DockerfilesTest.finalBaseImage(dockerfile);
        if (finalBase.startsWith("eclipse-temurin:") && !finalBase.contains("alpine")) {
            return true;
        }
        return DockerfilesTest.instructions(dockerfile).stream()
                .anyMatch(i -> i.keyword().equals("RUN")
                        && i.arguments().contains("install")
                        && Pattern.compile("\\bcurl\\b").matcher(i.arguments()).find());
    }
}
