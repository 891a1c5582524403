package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.system.deploy.DeploymentFiles.Component;
import static org.mentorship.system.deploy.DeploymentFiles.GATEWAY;
import static org.mentorship.system.deploy.DeploymentFiles.SERVICES;
import static org.mentorship.system.deploy.KustomizeRender.path;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorship.contracts.TopicOwner;
import org.mentorship.contracts.Topics;

/**
 * Kafka locked down in every overlay: each service logs in as its own KafkaUser (SCRAM-SHA-512 over TLS, the
 * cluster CA as truststore) whose ACLs let it write its own event topic and its dead-letter topic only, and read
 * exactly the topics and the group its application.properties consume; only the four services' pods reach the
 * brokers' client listener. (The listener itself: KubernetesInfrastructureTest.)
 */
class KubernetesKafkaSecurityTest {

    private static final String STRIMZI = "kafka.strimzi.io/v1beta2";

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void eachServiceHasAKafkaUserThatWritesOnlyItsOwnTopics(String overlay) throws IOException {
        KustomizeRender render = KustomizeRender.of(overlay);
        String cluster = kafka(render).getMetadata().getName();
        assertEquals(
                SERVICES.size(),
                render.custom(STRIMZI, "KafkaUser").stream()
                        .filter(u -> !isPartner(u))
                        .count(),
                overlay + ": one KafkaUser per service (and the partners' read-only ones)");
        for (Component service : SERVICES) {
            GenericKubernetesResource user = render.oneCustom(STRIMZI, "KafkaUser", service.name());
            assertEquals(
                    cluster, user.getMetadata().getLabels().get("strimzi.io/cluster"), overlay + ": " + service.name());
            assertEquals(
                    "scram-sha-512", path(user, "spec", "authentication", "type"), overlay + ": " + service.name());
            assertEquals("simple", path(user, "spec", "authorization", "type"), overlay + ": " + service.name());

            Map<String, Set<String>> granted = new HashMap<>();
            for (Object entry : (List<?>) path(user, "spec", "authorization", "acls")) {
                Map<?, ?> acl = (Map<?, ?>) entry;
                Map<?, ?> resource = (Map<?, ?>) acl.get("resource");
                assertEquals(
                        "literal",
                        resource.get("patternType"),
                        overlay + ": " + service.name() + " ACLs name resources exactly, no prefix or wildcard: "
                                + acl);
                assertTrue(
                        acl.get("type") == null || "allow".equals(acl.get("type")),
                        overlay + ": " + service.name() + " ACLs allow (a deny rule would hide a wider grant): " + acl);
                for (Object operation : (List<?>) acl.get("operations")) {
                    granted.computeIfAbsent(operation.toString(), k -> new TreeSet<>())
                            .add(resource.get("type") + ":" + resource.get("name"));
                }
            }
            Consumption consumes = consumption(service);
            // webhook-service publishes nothing: its dead letters only.
            Set<String> writes = new TreeSet<>(Set.of("topic:" + Topics.deadLetter(service.name())));
            TopicOwner.ofService(service.name()).ifPresent(owner -> writes.add("topic:" + owner.topic()));
            assertEquals(
                    writes,
                    granted.getOrDefault("Write", Set.of()),
                    overlay + ": " + service.name() + " may write its own event topic and its dead-letter topic only");
            Set<String> reads = new TreeSet<>();
            consumes.topics().forEach(topic -> reads.add("topic:" + topic));
            consumes.groups().forEach(group -> reads.add("group:" + group));
            assertEquals(
                    reads,
                    granted.getOrDefault("Read", Set.of()),
                    overlay + ": " + service.name() + " may read exactly the topics and group it consumes");
            Set<String> operations = new TreeSet<>(granted.keySet());
            operations.removeAll(Set.of("Write", "Read", "Describe"));
            assertTrue(operations.isEmpty(), overlay + ": " + service.name() + " has further rights: " + operations);
            Set<String> described = new TreeSet<>(granted.getOrDefault("Describe", Set.of()));
            described.removeAll(granted.getOrDefault("Write", Set.of()));
            described.removeAll(granted.getOrDefault("Read", Set.of()));
            assertTrue(
                    described.isEmpty(),
                    overlay + ": " + service.name() + " describes what it does not use: " + described);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void everyServiceLogsInAsItsKafkaUserOverTls(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        String cluster = kafka(render).getMetadata().getName();
        for (Component service : SERVICES) {
            Container container = render.container(service);
            String name = overlay + ": " + service.name() + " ";
            assertEquals(
                    "SASL_SSL", render.resolve(container, "KAFKA_SECURITY_PROTOCOL"), name + "KAFKA_SECURITY_PROTOCOL");
            assertEquals(
                    "SCRAM-SHA-512", render.resolve(container, "KAFKA_SASL_MECHANISM"), name + "KAFKA_SASL_MECHANISM");
            assertSecret(container, "KAFKA_SASL_JAAS_CONFIG", service.name(), "sasl.jaas.config", name);
            assertEquals(
                    "PEM", render.resolve(container, "KAFKA_SSL_TRUSTSTORE_TYPE"), name + "KAFKA_SSL_TRUSTSTORE_TYPE");
            assertSecret(container, "KAFKA_SSL_TRUSTSTORE_CERTIFICATES", cluster + "-cluster-ca-cert", "ca.crt", name);
        }
        assertTrue(
                render.container(GATEWAY).getEnv().stream()
                        .noneMatch(e -> e.getName().startsWith("KAFKA_")),
                overlay + ": the gateway has no business with Kafka");
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void onlyTheServicesReachTheBrokersClientListener(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        GenericKubernetesResource kafka = kafka(render);
        String cluster = kafka.getMetadata().getName();
        Map<String, String> brokerPods = Map.of(
                "strimzi.io/cluster",
                cluster,
                "strimzi.io/kind",
                "Kafka",
                "strimzi.io/name",
                cluster + "-kafka",
                "strimzi.io/pool-name",
                "combined");
        List<NetworkPolicy> policies = render.all(NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), brokerPods))
                .toList();
        assertEquals(1, policies.size(), overlay + ": exactly one NetworkPolicy must select the Kafka pods");
        NetworkPolicy policy = policies.get(0);
        assertTrue(
                policy.getSpec().getPolicyTypes().contains("Ingress"), overlay + ": the policy must restrict ingress");

        List<Map<String, String>> clients = new ArrayList<>();
        SERVICES.forEach(s -> clients.add(podLabels(render, s)));
        for (Object entry : (List<?>) path(kafka, "spec", "kafka", "listeners")) {
            Map<?, ?> listener = (Map<?, ?>) entry;
            int port = ((Number) listener.get("port")).intValue();
            if (!"internal".equals(listener.get("type"))) {
                // The partners' external listener: TLS + SCRAM (KubernetesInfrastructureTest), read-only users
                // (partnersReadThePublicTopicsOnly); its rule admits that port alone, never the services' one.
                assertTrue(
                        policy.getSpec().getIngress().stream()
                                .filter(r -> r.getFrom() == null || r.getFrom().isEmpty())
                                .allMatch(r -> !r.getPorts().isEmpty()
                                        && r.getPorts().stream()
                                                .allMatch(p -> p.getPort().getIntVal() != 9093)),
                        overlay + ": an open rule must name the external port only");
                continue;
            }
            boolean servicesAdmitted = false;
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                if (rule.getPorts().isEmpty()
                        || rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == port)) {
                    assertFalse(
                            rule.getFrom().isEmpty(), overlay + ": a rule without `from` admits every pod to " + port);
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertNull(peer.getIpBlock(), overlay + ": no address block may reach Kafka's port " + port);
                        assertNull(
                                peer.getNamespaceSelector(), overlay + ": only pods of this namespace reach " + port);
                        assertFalse(
                                selects(peer.getPodSelector(), podLabels(render, GATEWAY)),
                                overlay + ": the gateway must not reach Kafka's port " + port);
                        servicesAdmitted |= clients.stream().allMatch(c -> selects(peer.getPodSelector(), c));
                    }
                }
            }
            assertTrue(servicesAdmitted, overlay + ": the four services must reach Kafka's port " + port);
            // Strimzi's generated policy for the listener: without peers it would admit every pod.
            List<?> peers = (List<?>) listener.get("networkPolicyPeers");
            assertTrue(
                    peers != null && !peers.isEmpty(),
                    overlay + ": listener " + listener.get("name") + " must name its networkPolicyPeers");
            for (Object peer : peers) {
                Map<?, ?> selector = (Map<?, ?>) ((Map<?, ?>) peer).get("podSelector");
                assertNotNull(selector, overlay + ": listener peers are pods of this namespace: " + peer);
                @SuppressWarnings("unchecked")
                Map<String, String> labels = (Map<String, String>) selector.get("matchLabels");
                LabelSelector podSelector = new LabelSelector(null, labels);
                assertTrue(
                        labels != null
                                && !labels.isEmpty()
                                && clients.stream().allMatch(c -> selects(podSelector, c))
                                && !selects(podSelector, podLabels(render, GATEWAY)),
                        overlay + ": listener peers must be the four services' pods: " + peer);
            }
        }
    }

    /**
     * Partner systems outside the cluster (the external listener): SCRAM logins that may read the four public event
     * topics and their own consumer groups, and nothing else: no Write, no dead-letter topic, no other resource.
     */
    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void partnersReadThePublicTopicsOnly(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        List<GenericKubernetesResource> partners = render.custom(STRIMZI, "KafkaUser").stream()
                .filter(KubernetesKafkaSecurityTest::isPartner)
                .toList();
        assertFalse(partners.isEmpty(), overlay + ": an example partner KafkaUser is expected");
        Set<String> publicTopics =
                Set.of(Topics.APPLICATIONS, Topics.EVALUATIONS, Topics.STIPENDS, Topics.CERTIFICATES);
        for (GenericKubernetesResource user : partners) {
            String name = overlay + ": partner " + user.getMetadata().getName();
            assertEquals("scram-sha-512", path(user, "spec", "authentication", "type"), name);
            Set<String> topics = new TreeSet<>();
            for (Object entry : (List<?>) path(user, "spec", "authorization", "acls")) {
                Map<?, ?> acl = (Map<?, ?>) entry;
                Map<?, ?> resource = (Map<?, ?>) acl.get("resource");
                List<?> operations = (List<?>) acl.get("operations");
                if ("topic".equals(resource.get("type"))) {
                    assertEquals("literal", resource.get("patternType"), name + " names topics exactly: " + acl);
                    assertTrue(
                            publicTopics.contains(resource.get("name")), name + " reads a public topic only: " + acl);
                    assertEquals(
                            Set.of("Read", "Describe"),
                            Set.copyOf(operations.stream().map(Object::toString).toList()),
                            name);
                    topics.add(resource.get("name").toString());
                } else {
                    assertEquals("group", resource.get("type"), name + " has rights on topics and groups only: " + acl);
                    assertEquals(
                            List.of("Read"),
                            operations.stream().map(Object::toString).toList(),
                            name);
                    assertEquals(
                            user.getMetadata().getName(), resource.get("name"), name + " groups are named after it");
                }
            }
            assertEquals(publicTopics, topics, name + " reads the four public topics");
        }
    }

    private static boolean isPartner(GenericKubernetesResource user) {
        Map<String, String> labels = user.getMetadata().getLabels();
        return labels != null && "true".equals(labels.get("mentorship.example.org/partner"));
    }

    private record Consumption(Set<String> topics, Set<String> groups) {}

    /** The topics and groups of the service's incoming channels (application.properties). */
    private static Consumption consumption(Component service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(DeploymentFiles.existingFile(
                DeploymentFiles.root().resolve(service.name()).resolve("src/main/resources/application.properties")))) {
            properties.load(reader);
        }
        Set<String> topics = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                groups.add(properties.getProperty(key).trim());
            } else if (key.startsWith("mp.messaging.incoming.")
                    && key.endsWith(".topic")
                    && !key.endsWith(".dead-letter-queue.topic")) {
                topics.add(properties.getProperty(key).trim());
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                assertEquals(
                        Topics.deadLetter(service.name()),
                        properties.getProperty(key).trim(),
                        service.name() + " dead-letters to its own topic");
            }
        }
        assertFalse(topics.isEmpty(), service.name() + " consumes nothing?");
        return new Consumption(topics, groups);
    }

    private static void assertSecret(Container container, String variable, String secret, String key, String name) {
        EnvVar env = KustomizeRender.env(container, variable);
        SecretKeySelector ref =
                env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
        assertNotNull(ref, name + variable + " must come from a Secret");
        assertEquals(secret, ref.getName(), name + variable + " Secret");
        assertEquals(key, ref.getKey(), name + variable + " key");
    }

    private static GenericKubernetesResource kafka(KustomizeRender render) {
        List<GenericKubernetesResource> kafkas = render.custom(STRIMZI, "Kafka");
        assertEquals(1, kafkas.size(), render.overlay + ": one Strimzi Kafka expected");
        return kafkas.get(0);
    }

    private static Map<String, String> podLabels(KustomizeRender render, Component c) {
        return render.deployment(c).getSpec().getTemplate().getMetadata().getLabels();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        assertTrue(
                selector.getMatchExpressions() == null
                        || selector.getMatchExpressions().isEmpty(),
                "matchExpressions are not evaluated by this test; use matchLabels");
        return selector.getMatchLabels() == null
                || labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }
}
