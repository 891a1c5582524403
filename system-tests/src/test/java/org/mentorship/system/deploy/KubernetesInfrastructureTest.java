package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mentorship.system.deploy.DeploymentFiles.COMPONENTS;
import static org.mentorship.system.deploy.DeploymentFiles.Component;
import static org.mentorship.system.deploy.DeploymentFiles.SERVICES;
import static org.mentorship.system.deploy.KustomizeRender.path;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorship.contracts.Topics;

/**
 * PostgreSQL and Kafka as the operators' resources in each overlay, and the services wired to them: a Strimzi
 * Kafka (KRaft, node pool) whose bootstrap Service the services use, a KafkaTopic for every topic a service reads,
 * writes or dead-letters to, and a CloudNativePG Cluster with one Database per service owned by the role whose
 * Secret that service logs in with.
 */
class KubernetesInfrastructureTest {

    private static final String STRIMZI = "kafka.strimzi.io/v1beta2";
    private static final String CNPG = "postgresql.cnpg.io/v1";
    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://([a-z0-9-]+):(\\d+)/([a-z0-9_]+)(\\?.*)?");

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void aKraftKafkaWithAuthenticatedListenersWhoseBootstrapTheServicesUse(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        List<GenericKubernetesResource> kafkas = render.custom(STRIMZI, "Kafka");
        assertEquals(1, kafkas.size(), overlay + ": one Strimzi Kafka expected");
        GenericKubernetesResource kafka = kafkas.get(0);
        String name = kafka.getMetadata().getName();
        assertEquals(
                "enabled",
                kafka.getMetadata().getAnnotations().get("strimzi.io/kraft"),
                overlay + ": Kafka must run in KRaft mode");
        assertEquals(
                "enabled",
                kafka.getMetadata().getAnnotations().get("strimzi.io/node-pools"),
                overlay + ": Kafka must use node pools");
        GenericKubernetesResource pool = nodePool(render, name);
        assertTrue(
                ((List<?>) path(pool, "spec", "roles")).containsAll(List.of("controller", "broker")),
                overlay + ": the node pool must hold controllers and brokers");

        Integer clientPort = null;
        for (Object listener : (List<?>) path(kafka, "spec", "kafka", "listeners")) {
            Map<?, ?> l = (Map<?, ?>) listener;
            Object authentication = l.get("authentication") instanceof Map<?, ?> a ? a.get("type") : null;
            assertTrue(
                    Boolean.TRUE.equals(l.get("tls")) && "scram-sha-512".equals(authentication),
                    overlay + ": every Kafka listener must be TLS with SCRAM-SHA-512 logins: " + l);
            if ("internal".equals(l.get("type"))) {
                clientPort = ((Number) l.get("port")).intValue();
            }
        }
        assertNotNull(clientPort, overlay + ": Kafka has no internal listener for the services");
        assertEquals(
                "simple",
                path(kafka, "spec", "kafka", "authorization", "type"),
                overlay + ": the brokers must enforce the KafkaUsers' ACLs");
        String bootstrap = name + "-kafka-bootstrap:" + clientPort;
        for (Component service : SERVICES) {
            assertEquals(
                    bootstrap,
                    render.resolve(render.container(service), "KAFKA_BOOTSTRAP_SERVERS"),
                    overlay + ": " + service.name() + " must use the bootstrap Service of the Kafka " + name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void everyTopicTheServicesUseIsAKafkaTopicTheBrokersCanHold(String overlay) throws IOException {
        KustomizeRender render = KustomizeRender.of(overlay);
        String cluster = render.custom(STRIMZI, "Kafka").get(0).getMetadata().getName();
        int brokers = ((Number) path(nodePool(render, cluster), "spec", "replicas")).intValue();
        Set<String> declared = new HashSet<>();
        for (GenericKubernetesResource topic : render.custom(STRIMZI, "KafkaTopic")) {
            String name = (String) path(topic, "spec", "topicName");
            declared.add(name != null ? name : topic.getMetadata().getName());
            assertEquals(
                    cluster,
                    topic.getMetadata().getLabels().get("strimzi.io/cluster"),
                    overlay + ": KafkaTopic " + topic.getMetadata().getName() + " must name its Kafka cluster");
            int replicas = ((Number) path(topic, "spec", "replicas")).intValue();
            assertTrue(
                    replicas <= brokers,
                    overlay + ": KafkaTopic " + name + " has " + replicas + " replicas on " + brokers + " brokers");
            Object minIsr = path(topic, "spec", "config", "min.insync.replicas");
            assertTrue(
                    minIsr == null || ((Number) minIsr).intValue() <= replicas,
                    overlay + ": KafkaTopic " + name
                            + " min.insync.replicas exceeds its replicas, so nothing could be written");
        }
        Set<String> missing = new TreeSet<>(usedTopics());
        missing.removeAll(declared);
        assertTrue(missing.isEmpty(), overlay + ": no KafkaTopic for " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void eachServiceHasItsOwnDatabaseOwnedByTheRoleItLogsInAs(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        GenericKubernetesResource cluster = render.oneCustom(CNPG, "Cluster", "mentorship-postgres");
        Set<String> databases = new HashSet<>();
        for (Component service : SERVICES) {
            Container container = render.container(service);
            String url = render.resolve(container, "QUARKUS_DATASOURCE_JDBC_URL");
            Matcher m = JDBC_URL.matcher(url);
            assertTrue(m.matches(), overlay + ": " + service.name() + " JDBC URL is not a PostgreSQL URL: " + url);
            assertEquals(
                    "mentorship-postgres-rw",
                    m.group(1),
                    overlay + ": " + service.name() + " must use the cluster's read-write Service");
            assertEquals("5432", m.group(2), overlay + ": " + service.name() + " PostgreSQL port");
            assertEquals(
                    service.database(), m.group(3), overlay + ": " + service.name() + " must use its own database");
            assertTrue(databases.add(m.group(3)), overlay + ": two services share the database " + m.group(3));

            GenericKubernetesResource database = render.custom(CNPG, "Database").stream()
                    .filter(d -> service.database().equals(path(d, "spec", "name")))
                    .findFirst()
                    .orElseGet(() -> fail(overlay + ": no CloudNativePG Database named " + service.database()));
            assertEquals(
                    "mentorship-postgres",
                    path(database, "spec", "cluster", "name"),
                    overlay + ": Database " + service.database() + " cluster");
            String owner = (String) path(database, "spec", "owner");
            Map<?, ?> role = ((List<?>) path(cluster, "spec", "managed", "roles"))
                    .stream()
                            .map(r -> (Map<?, ?>) r)
                            .filter(r -> owner.equals(r.get("name")))
                            .findFirst()
                            .orElseGet(() -> fail(overlay + ": the owner " + owner + " of " + service.database()
                                    + " is no managed role"));
            assertEquals(Boolean.TRUE, role.get("login"), overlay + ": role " + owner + " must be able to log in");
            String roleSecret = (String) ((Map<?, ?>) role.get("passwordSecret")).get("name");
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                SecretKeySelector ref =
                        KustomizeRender.env(container, variable).getValueFrom().getSecretKeyRef();
                assertEquals(
                        roleSecret,
                        ref.getName(),
                        overlay + ": " + service.name() + " " + variable + " must come from the Secret of the role "
                                + owner + " that owns its database");
            }
        }
        assertEquals(SERVICES.size(), render.custom(CNPG, "Database").size(), overlay + ": one Database per service");
    }

    private static GenericKubernetesResource nodePool(KustomizeRender render, String cluster) {
        List<GenericKubernetesResource> pools = render.custom(STRIMZI, "KafkaNodePool").stream()
                .filter(p -> cluster.equals(p.getMetadata().getLabels().get("strimzi.io/cluster")))
                .toList();
        assertEquals(1, pools.size(), render.overlay + ": one KafkaNodePool for the Kafka " + cluster + " expected");
        return pools.get(0);
    }

    /** The contracts' topics and every topic a component's application.properties names. */
    static Set<String> usedTopics() throws IOException {
        Set<String> topics =
                new TreeSet<>(List.of(Topics.APPLICATIONS, Topics.EVALUATIONS, Topics.STIPENDS, Topics.CERTIFICATES));
        for (Component c : COMPONENTS) {
            if (c.hasDatabase()) {
                topics.add(Topics.deadLetter(c.name()));
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(DeploymentFiles.existingFile(
                    DeploymentFiles.root().resolve(c.name()).resolve("src/main/resources/application.properties")))) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                    topics.add(properties.getProperty(key).trim());
                }
            }
        }
        return topics;
    }
}
