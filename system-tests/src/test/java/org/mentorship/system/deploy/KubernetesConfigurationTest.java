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

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the rendered Deployments get their configuration: every ConfigMap key they read exists, every Secret they
 * read is generated (dev) or documented in deploy/README.md for ops to create (prod, which holds no credentials),
 * and each component sets the variables it needs, the secret ones from Secrets only.
 */
class KubernetesConfigurationTest {

    /** Variables every service needs, and those that must come from a Secret. */
    private static final List<String> SERVICE_VARIABLES = List.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_AUDIENCES",
            "MENTORSHIP_TRUSTED_PROXIES",
            "JAVA_OPTS",
            "KAFKA_SECURITY_PROTOCOL",
            "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_TRUSTSTORE_TYPE",
            "KAFKA_SSL_TRUSTSTORE_CERTIFICATES");

    private static final Map<String, List<String>> EXTRA_VARIABLES = Map.of(
            "application-service", List.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT"),
            "evaluation-service", List.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT"),
            "certificate-service",
                    List.of(
                            "QUARKUS_MAILER_HOST",
                            "QUARKUS_MAILER_PORT",
                            "MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY",
                            "MENTORSHIP_CERTIFICATE_VERIFY_BASE_URL"),
            "stipend-service",
                    List.of(
                            "QUARKUS_MAILER_HOST",
                            "QUARKUS_MAILER_PORT",
                            "MENTORSHIP_STIPEND_PAYEE_KEY",
                            "MENTORSHIP_STIPEND_PAYOUT_CALLBACK_SECRET"),
            // It sends no mail; its partners' targets are checked (MENTORSHIP_WEBHOOKS_ALLOW_PRIVATE_TARGETS stays
            // unset).
            "webhook-service", List.of(),
            "gateway",
                    List.of(
                            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                            "MP_JWT_VERIFY_ISSUER",
                            "MP_JWT_VERIFY_AUDIENCES",
                            "JAVA_OPTS"));
    private static final List<String> SECRET_VARIABLES = List.of(
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "MENTORSHIP_CERTIFICATE_SIGNING_PRIVATE_KEY",
            "MENTORSHIP_STIPEND_PAYEE_KEY",
            "MENTORSHIP_STIPEND_PAYOUT_CALLBACK_SECRET",
            "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_TRUSTSTORE_CERTIFICATES");
    private static final Pattern CIDRS = Pattern.compile("[0-9a-fA-F.:]+(/\\d{1,3})?(,[0-9a-fA-F.:]+(/\\d{1,3})?)*");

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void everyConfigMapKeyReadExists(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        int refs = 0;
        for (Deployment deployment : render.all(Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    var ref = env.getValueFrom() == null
                            ? null
                            : env.getValueFrom().getConfigMapKeyRef();
                    if (ref != null) {
                        refs++;
                        Map<String, String> data =
                                render.one(ConfigMap.class, ref.getName()).getData();
                        assertTrue(
                                data.containsKey(ref.getKey()),
                                overlay + ": " + container.getName() + " " + env.getName() + " reads the key "
                                        + ref.getKey() + " that ConfigMap " + ref.getName() + " lacks");
                        assertFalse(
                                data.get(ref.getKey()).isBlank(),
                                overlay + ": ConfigMap key " + ref.getKey() + " is empty");
                    }
                }
                assertTrue(
                        container.getEnvFrom().isEmpty(),
                        overlay + ": " + container.getName() + " loads whole ConfigMaps or Secrets");
            }
        }
        assertTrue(
                refs >= 30,
                overlay + ": only " + refs + " ConfigMap references; the Deployments lost their configuration");
    }

    @Test
    void devGeneratesEverySecretItReads() {
        KustomizeRender render = KustomizeRender.of(KustomizeRender.DEV);
        for (String[] ref : secretReferences(render)) {
            if (madeByStrimzi(render, ref[0])) {
                continue;
            }
            Secret secret = render.one(Secret.class, ref[0]);
            boolean has = (secret.getData() != null && secret.getData().containsKey(ref[1]))
                    || (secret.getStringData() != null && secret.getStringData().containsKey(ref[1]));
            assertTrue(has, "dev: Secret " + ref[0] + " has no key " + ref[1]);
        }
    }

    @Test
    void devCommitsNoSecretValueItsSecretsAreGeneratedOnTheMachine() {
        String kustomization =
                DeploymentFiles.read(KustomizeRender.kubernetesDir().resolve("overlays/dev/kustomization.yaml"));
        assertFalse(kustomization.contains("literals"), "dev: Secrets from literals are committed values");
        assertFalse(kustomization.contains("DE89370400440532013000"), "dev: the services refuse the textbook IBAN");
        KustomizeRender render = KustomizeRender.of(KustomizeRender.DEV);
        for (Secret secret : render.all(Secret.class)) {
            String value = secret.getData() == null ? null : secret.getData().get("password");
            if (value != null) {
                String name = secret.getMetadata().getName();
                String password = new String(
                        java.util.Base64.getDecoder().decode(value), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(password.endsWith("-dev"), "dev: " + name + " has a sample password");
                assertTrue(password.length() >= 16, "dev: " + name + " password is not random");
            }
        }
    }

    @Test
    void prodHoldsNoSecretAndDeployReadmeDocumentsEveryOneItReads() {
        KustomizeRender render = KustomizeRender.of(KustomizeRender.PROD);
        assertTrue(
                render.all(Secret.class).isEmpty(), "prod: Secrets are created by ops, never kept in the repository");
        List<String> readme = DeploymentFiles.read(DeploymentFiles.root().resolve("deploy/README.md"))
                .lines()
                .toList();
        for (String[] ref : secretReferences(render)) {
            assertTrue(
                    readme.stream()
                            .anyMatch(line -> line.contains("`" + ref[0] + "`") && line.contains("`" + ref[1] + "`")),
                    "deploy/README.md must tell ops to create Secret `" + ref[0] + "` with key `" + ref[1]
                            + "` (on one line)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void eachComponentSetsItsVariablesAndTheSecretOnesFromSecrets(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        for (Component c : COMPONENTS) {
            Container container = render.container(c);
            List<String> needed = new ArrayList<>(c == GATEWAY ? List.of() : SERVICE_VARIABLES);
            needed.addAll(EXTRA_VARIABLES.get(c.name()));
            if (c == GATEWAY) {
                needed.addAll(GATEWAY_URL_VARIABLES.keySet());
            }
            for (String variable : needed) {
                EnvVar env = KustomizeRender.env(container, variable);
                if (SECRET_VARIABLES.contains(variable)) {
                    assertTrue(
                            env.getValue() == null
                                    && env.getValueFrom() != null
                                    && env.getValueFrom().getSecretKeyRef() != null,
                            overlay + ": " + c.name() + " must read " + variable + " from a Secret");
                } else {
                    assertFalse(
                            render.resolve(container, variable).isBlank(),
                            overlay + ": " + c.name() + " " + variable + " is empty");
                }
            }
            long distinct =
                    container.getEnv().stream().map(EnvVar::getName).distinct().count();
            assertEquals(container.getEnv().size(), distinct, overlay + ": " + c.name() + " sets a variable twice");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void gatewayFindsTheServicesByTheirKubernetesServices(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        Container container = render.container(GATEWAY);
        GATEWAY_URL_VARIABLES.forEach((variable, service) -> {
            String url = render.resolve(container, variable).replaceAll("/+$", "");
            Matcher m = Pattern.compile("http://([a-z0-9-]+)(?:\\.[a-z0-9.-]+)?:(\\d+)")
                    .matcher(url);
            assertTrue(m.matches(), overlay + ": " + variable + " is not an in-cluster http URL: " + url);
            assertEquals(
                    service.name(),
                    m.group(1),
                    overlay + ": " + variable + " must name the " + service.name() + " Service");
            int port = Integer.parseInt(m.group(2));
            assertTrue(
                    render.one(Service.class, service.name()).getSpec().getPorts().stream()
                            .anyMatch(p -> p.getPort() == port),
                    overlay + ": " + variable + " points at a port the Service does not expose");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void servicesTrustForwardedHeadersFromThePodNetworkAndProdsGatewayFromTheIngress(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        for (Component service : SERVICES) {
            String proxies = render.resolve(render.container(service), "MENTORSHIP_TRUSTED_PROXIES");
            assertTrue(
                    CIDRS.matcher(proxies).matches(),
                    overlay + ": " + service.name() + " MENTORSHIP_TRUSTED_PROXIES is not a list of addresses/CIDRs: "
                            + proxies);
        }
        Container gateway = render.container(GATEWAY);
        boolean behindProxy =
                gateway.getEnv().stream().anyMatch(e -> "MENTORSHIP_GATEWAY_BEHIND_PROXY".equals(e.getName()));
        if (KustomizeRender.PROD.equals(overlay)) {
            assertEquals(
                    "true",
                    render.resolve(gateway, "MENTORSHIP_GATEWAY_BEHIND_PROXY"),
                    "prod: the gateway is behind the Ingress");
            String proxies = render.resolve(gateway, "MENTORSHIP_GATEWAY_TRUSTED_PROXIES");
            assertTrue(
                    CIDRS.matcher(proxies).matches(),
                    "prod: MENTORSHIP_GATEWAY_TRUSTED_PROXIES is not a list of addresses/CIDRs: " + proxies);
        } else {
            assertFalse(behindProxy, overlay + ": only prod declares the ingress controller as a trusted proxy");
        }
    }

    /**
     * A Secret the Strimzi operator creates: a KafkaUser's (named after it, with the login) or the Kafka cluster's
     * CA certificate. Nobody generates or creates it, in any overlay.
     */
    static boolean madeByStrimzi(KustomizeRender render, String secret) {
        return render.custom("kafka.strimzi.io/v1beta2", "KafkaUser").stream()
                        .anyMatch(user -> secret.equals(user.getMetadata().getName()))
                || render.custom("kafka.strimzi.io/v1beta2", "Kafka").stream()
                        .anyMatch(kafka -> secret.equals(kafka.getMetadata().getName() + "-cluster-ca-cert"));
    }

    /** Every (Secret, key) the Deployments and the CloudNativePG roles read. */
    static List<String[]> secretReferences(KustomizeRender render) {
        List<String[]> refs = new ArrayList<>();
        for (Deployment deployment : render.all(Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    var ref = env.getValueFrom() == null
                            ? null
                            : env.getValueFrom().getSecretKeyRef();
                    if (ref != null) {
                        assertNotNull(ref.getKey(), render.overlay + ": " + env.getName() + " names no Secret key");
                        assertFalse(
                                Boolean.TRUE.equals(ref.getOptional()),
                                render.overlay + ": " + env.getName() + " may not be optional");
                        refs.add(new String[] {ref.getName(), ref.getKey()});
                    }
                }
            }
        }
        for (var cluster : render.custom("postgresql.cnpg.io/v1", "Cluster")) {
            Object roles = KustomizeRender.path(cluster, "spec", "managed", "roles");
            if (roles instanceof List<?> list) {
                for (Object role : list) {
                    Object secret = role instanceof Map<?, ?> m && m.get("passwordSecret") instanceof Map<?, ?> s
                            ? s.get("name")
                            : null;
                    if (secret == null) {
                        fail(render.overlay + ": a managed role without passwordSecret: " + role);
                    }
                    refs.add(new String[] {secret.toString(), "username"});
                    refs.add(new String[] {secret.toString(), "password"});
                }
            }
        }
        assertTrue(refs.size() >= 11, render.overlay + ": only " + refs.size() + " Secret references found");
        return refs;
    }
}
