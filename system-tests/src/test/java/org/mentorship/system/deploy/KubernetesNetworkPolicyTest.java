package org.mentorship.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.system.deploy.DeploymentFiles.Component;
import static org.mentorship.system.deploy.DeploymentFiles.GATEWAY;
import static org.mentorship.system.deploy.DeploymentFiles.SERVICES;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only the gateway's pods reach the services' HTTP ports (and, optionally, Prometheus from a namespace ops
 * label); nothing restricts the services' egress to PostgreSQL and Kafka; only the Ingress controller's namespace
 * (and Prometheus') reaches the gateway. Kafka's policy: KubernetesKafkaSecurityTest.
 */
class KubernetesNetworkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void onlyTheGatewayReachesTheServices(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        Map<String, String> gatewayPods = podLabels(render, GATEWAY);
        for (Component service : SERVICES) {
            // Egress-only policies (webhook-service's, webhookServiceCallsOutOnlyToPublicHttps) admit nothing in.
            List<NetworkPolicy> policies = render.all(NetworkPolicy.class).stream()
                    .filter(p -> selects(p.getSpec().getPodSelector(), podLabels(render, service)))
                    .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress"))
                    .toList();
            assertEquals(
                    1,
                    policies.size(),
                    overlay + ": exactly one NetworkPolicy must restrict who reaches the " + service.name() + " pods");
            NetworkPolicy policy = policies.get(0);
            assertTrue(
                    policy.getSpec().getPolicyTypes().contains("Ingress"),
                    overlay + ": the policy must restrict ingress");
            assertFalse(
                    policy.getSpec().getPolicyTypes().contains("Egress"),
                    overlay + ": the services must still reach PostgreSQL, Kafka and SMTP");
            List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress();
            assertFalse(rules.isEmpty(), overlay + ": a policy without rules would shut out the gateway too");
            boolean gatewayAllowed = false;
            for (NetworkPolicyIngressRule rule : rules) {
                assertFalse(rule.getFrom().isEmpty(), overlay + ": a rule without `from` admits every pod");
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertNull(peer.getIpBlock(), overlay + ": no address block may bypass the gateway");
                    if (peer.getNamespaceSelector() == null) {
                        assertTrue(
                                selects(peer.getPodSelector(), gatewayPods)
                                        && !selects(peer.getPodSelector(), podLabels(render, service)),
                                overlay + ": a pod peer other than the gateway is allowed: " + peer.getPodSelector());
                        gatewayAllowed |= rule.getPorts().stream().anyMatch(p -> isPort(p, service.port()));
                    } else {
                        assertFalse(
                                peer.getNamespaceSelector().getMatchLabels() == null
                                        || peer.getNamespaceSelector()
                                                .getMatchLabels()
                                                .isEmpty(),
                                overlay + ": a namespace peer must be limited to labelled namespaces");
                    }
                }
            }
            assertTrue(
                    gatewayAllowed, overlay + ": the gateway must reach " + service.name() + " on " + service.port());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void onlyTheIngressControllerReachesTheGateway(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        Map<String, String> gatewayPods = podLabels(render, GATEWAY);
        List<NetworkPolicy> policies = render.all(NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), gatewayPods))
                .toList();
        assertEquals(1, policies.size(), overlay + ": exactly one NetworkPolicy must select the gateway pods");
        NetworkPolicy policy = policies.get(0);
        assertTrue(
                policy.getSpec().getPolicyTypes().contains("Ingress"), overlay + ": the policy must restrict ingress");
        assertFalse(
                policy.getSpec().getPolicyTypes().contains("Egress"),
                overlay + ": the gateway must reach the services");
        boolean ingressController = false;
        assertFalse(
                policy.getSpec().getIngress().isEmpty(), overlay + ": the Ingress controller must reach the gateway");
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            assertFalse(rule.getFrom().isEmpty(), overlay + ": a rule without `from` admits every pod");
            assertTrue(
                    !rule.getPorts().isEmpty() && rule.getPorts().stream().allMatch(p -> isPort(p, GATEWAY.port())),
                    overlay + ": the gateway is reached on its HTTP port only");
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertNull(peer.getIpBlock(), overlay + ": no address block may reach the gateway");
                assertTrue(
                        peer.getNamespaceSelector() != null
                                && peer.getNamespaceSelector().getMatchLabels() != null
                                && !peer.getNamespaceSelector().getMatchLabels().isEmpty(),
                        overlay
                                + ": only pods of labelled namespaces (the Ingress controller's) may reach the gateway, "
                                + "not the pods of its own namespace: " + peer);
                ingressController |= "true"
                        .equals(peer.getNamespaceSelector()
                                .getMatchLabels()
                                .get("mentorship.example.org/ingress-controller"));
            }
        }
        assertTrue(ingressController, overlay + ": the Ingress controller's namespace must reach the gateway");
    }

    /**
     * webhook-service calls partners' URLs: besides DNS, PostgreSQL and Kafka (pods of the cluster) it may reach
     * public addresses on 443 only, never the private ranges where the cluster's pods, services and nodes live, nor
     * the cloud metadata address (defence in depth behind its own SSRF check).
     */
    @ParameterizedTest
    @ValueSource(strings = {KustomizeRender.DEV, KustomizeRender.PROD})
    void webhookServiceCallsOutOnlyToPublicHttps(String overlay) {
        KustomizeRender render = KustomizeRender.of(overlay);
        Component webhook = SERVICES.stream()
                .filter(s -> s.name().equals("webhook-service"))
                .findFirst()
                .orElseThrow();
        List<NetworkPolicy> egress = render.all(NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), podLabels(render, webhook)))
                .filter(p -> p.getSpec().getPolicyTypes().contains("Egress"))
                .toList();
        assertEquals(1, egress.size(), overlay + ": one NetworkPolicy restricts webhook-service's egress");
        boolean publicHttps = false;
        for (var rule : egress.get(0).getSpec().getEgress()) {
            assertFalse(rule.getTo().isEmpty(), overlay + ": an egress rule without `to` lets it reach anything");
            for (NetworkPolicyPeer peer : rule.getTo()) {
                if (peer.getIpBlock() == null) {
                    assertNotNull(peer.getPodSelector(), overlay + ": in-cluster peers are pods: " + peer);
                    continue;
                }
                assertTrue(
                        peer.getIpBlock()
                                .getExcept()
                                .containsAll(
                                        List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16")),
                        overlay + ": the address block must leave out the private and link-local ranges: " + peer);
                assertTrue(
                        !rule.getPorts().isEmpty() && rule.getPorts().stream().allMatch(p -> isPort(p, 443)),
                        overlay + ": addresses outside the cluster on 443 only");
                publicHttps = true;
            }
        }
        assertTrue(publicHttps, overlay + ": webhook-service must reach partners' https endpoints");
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

    private static boolean isPort(NetworkPolicyPort port, int number) {
        return port.getPort() != null
                && port.getPort().getIntVal() != null
                && port.getPort().getIntVal() == number;
    }
}
