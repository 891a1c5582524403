package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared facts and file access for the deployment-file tests: the components and their fixed ports,
 * where the repository root is, and YAML parsing.
 */
final class DeploymentFiles {

    /** A deployable component: its Maven module (also its compose service and Kubernetes name), port and database. */
    record Component(String name, int port, String database) {
        boolean hasDatabase() {
            return database != null;
        }
    }

    static final Component GATEWAY = new Component("gateway", 8080, null);

    static final List<Component> SERVICES = List.of(
            new Component("application-service", 8081, "application"),
            new Component("evaluation-service", 8082, "evaluation"),
            new Component("stipend-service", 8083, "stipend"),
            new Component("certificate-service", 8084, "certificate"),
            new Component("webhook-service", 8085, "webhook"));

    /** The five services, then the gateway. */
    static final List<Component> COMPONENTS = java.util.stream.Stream.concat(
                    SERVICES.stream(), java.util.stream.Stream.of(GATEWAY))
            .toList();

    /** What the gateway's MENTORSHIP_GATEWAY_SERVICES_<KEY>_URL variables point at. */
    static final Map<String, Component> GATEWAY_URL_VARIABLES = gatewayUrlVariables();

    static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DeploymentFiles() {}

    /**
     * The repository root: the system property {@code mentorship.root} if set, otherwise the first
     * directory at or above {@code user.dir} that holds {@code mvnw}.
     */
    static Path root() {
        String configured = System.getProperty("mentorship.root");
        if (configured != null && !configured.isBlank()) {
            Path root = Paths.get(configured).toAbsolutePath().normalize();
            assertTrue(Files.isDirectory(root), "mentorship.root is not a directory: " + root);
            return root;
        }
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return fail("No directory holding mvnw at or above " + start + "; set -Dmentorship.root");
    }

    static Path existingFile(Path path) {
        assertTrue(Files.isRegularFile(path), "missing file: " + path);
        return path;
    }

    static String read(Path path) {
        try {
            return Files.readString(existingFile(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single YAML document in {@code path}. */
    static JsonNode readYaml(Path path) {
        try {
            JsonNode node = YAML.readTree(existingFile(path).toFile());
            assertTrue(node != null && node.isObject(), "not a YAML mapping: " + path);
            return node;
        } catch (IOException e) {
            return fail("cannot parse " + path + ": " + e.getMessage(), e);
        }
    }

    /** Every non-empty document of a multi-document YAML file. */
    static List<JsonNode> readYamlDocuments(Path path) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser =
                        YAML.getFactory().createParser(existingFile(path).toFile());
                MappingIterator<JsonNode> it = YAML.readValues(parser, JsonNode.class)) {
            while (it.hasNextValue()) {
                JsonNode document = it.nextValue();
                if (document != null
                        && !document.isNull()
                        && !document.isMissingNode()
                        && !(document.isObject() && document.isEmpty())) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            return fail("cannot parse " + path + ": " + e.getMessage(), e);
        }
        return documents;
    }

    /** The text of a scalar, or null when the node is absent or not a scalar. */
    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static Map<String, Component> gatewayUrlVariables() {
        Map<String, Component> variables = new LinkedHashMap<>();
        for (Component service : SERVICES) {
            String key = service.database().toUpperCase(java.util.Locale.ROOT);
            variables.put("MENTORSHIP_GATEWAY_SERVICES_" + key + "_URL", service);
        }
        return Map.copyOf(variables);
    }
}
