package org.mentorship.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorship.system.deploy.KustomizeRender.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alerts (a PrometheusRule) and the Grafana dashboard of deploy/kubernetes/monitoring: the dashboard is JSON with
 * unique panel ids, both render in the prod overlay, every expression is well formed ({@link PromQl}), and every
 * metric an alert or a panel reads is documented in docs/METRICS.md, so renaming a metric breaks this build until the
 * documentation, the alerts and the dashboard follow.
 */
class KubernetesMonitoringTest {

    private static final Path MONITORING = KustomizeRender.kubernetesDir().resolve("monitoring");
    private static final Path DASHBOARD = MONITORING.resolve("mentorship-dashboard.json");
    private static final Path RULE = MONITORING.resolve("prometheus-rule.yaml");
    private static final Path METRICS_DOC = DeploymentFiles.root().resolve("docs/METRICS.md");
    /** A table row of docs/METRICS.md naming a metric: | `name` | type | ... */
    private static final Pattern DOCUMENTED =
            Pattern.compile("(?m)^\\|\\s*`([a-zA-Z_:][a-zA-Z0-9_:]*)`\\s*\\|\\s*(gauge|counter)");

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,");
    private static final String MONITORING_API = "monitoring.coreos.com/v1";

    @Test
    void theDashboardIsJsonWithUniquePanelIdsAndAQueryInEveryPanel() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DeploymentFiles.read(DASHBOARD));
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        List<Integer> ids = new ArrayList<>();
        for (JsonNode panel : panels(dashboard)) {
            assertThat(panel.path("id").isInt())
                    .as("panel %s has a numeric id", panel.path("title"))
                    .isTrue();
            ids.add(panel.path("id").asInt());
            if (!"row".equals(panel.path("type").asText())) {
                assertThat(panel.path("targets"))
                        .as("panel %s has queries", panel.path("title"))
                        .isNotEmpty();
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
    }

    @Test
    void theRuleAndTheDashboardRenderInTheProdOverlay() throws IOException {
        KustomizeRender prod = KustomizeRender.of(KustomizeRender.PROD);
        GenericKubernetesResource rule = prod.oneCustom(MONITORING_API, "PrometheusRule", "mentorship-alerts");
        assertThat(rule.getMetadata().getNamespace()).isEqualTo("mentorship");
        Map<String, String> alerts = alerts(rule);
        assertThat(alerts.keySet())
                .contains(
                        "MentorshipOutboxLag",
                        "MentorshipDeadLetters",
                        "MentorshipConsumerStopped",
                        "MentorshipCircuitOpen",
                        "MentorshipHttp5xxRate",
                        "MentorshipPaymentsStuckApproved",
                        "MentorshipPaymentsStuckExported",
                        "MentorshipMailsFailed",
                        "MentorshipJobFailures");

        ConfigMap dashboard = prod.one(ConfigMap.class, "mentorship-grafana-dashboard");
        assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(dashboard.getData().get("mentorship.json")))
                .as("the ConfigMap carries the dashboard file as it is")
                .isEqualTo(json.readTree(DeploymentFiles.read(DASHBOARD)));

        // The dev overlay is for laptop clusters, often without the Prometheus operator's CRDs.
        assertThat(KustomizeRender.of(KustomizeRender.DEV).custom(MONITORING_API, "PrometheusRule"))
                .isEmpty();
    }

    @Test
    void everyMetricAnAlertOrAPanelReadsIsDocumented() throws IOException {
        Set<String> documented = documented();
        assertThat(documented)
                .contains(
                        "gateway_upstream_requests_total",
                        "gateway_upstream_circuit_open",
                        "http_server_requests_seconds_count",
                        "mentorship_outbox_lag_seconds");

        Map<String, String> expressions = new LinkedHashMap<>();
        alerts(DeploymentFiles.readYaml(RULE)).forEach((alert, expr) -> expressions.put("alert " + alert, expr));
        JsonNode dashboard = new ObjectMapper().readTree(DeploymentFiles.read(DASHBOARD));
        for (JsonNode panel : panels(dashboard)) {
            for (JsonNode target : panel.path("targets")) {
                expressions.put(
                        "panel " + panel.path("title").asText() + " "
                                + target.path("refId").asText(),
                        target.path("expr").asText());
            }
        }
        Set<String> used = new LinkedHashSet<>();
        expressions.forEach((where, expr) -> {
            assertThat(expr).as(where).isNotBlank();
            Set<String> names = PromQl.metricNames(expr);
            assertThat(names).as(where + " reads no metric: " + expr).isNotEmpty();
            assertThat(documented)
                    .as(where + " reads a metric docs/METRICS.md does not document")
                    .containsAll(names);
            used.addAll(names);
        });
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            Matcher values = LABEL_VALUES.matcher(variable.path("definition").asText());
            while (values.find()) {
                assertThat(documented)
                        .as("dashboard variable " + variable.path("name"))
                        .contains(values.group(1));
            }
        }
        assertThat(used)
                .as("the alerts and the dashboard cover the metrics of issue 17")
                .contains(
                        "mentorship_outbox_unsent",
                        "mentorship_outbox_lag_seconds",
                        "mentorship_outbox_leader",
                        "mentorship_dead_letters_total",
                        "kafka_consumer_fetch_manager_records_lag",
                        "http_server_requests_seconds_count",
                        "gateway_upstream_requests_total",
                        "gateway_upstream_circuit_open",
                        "mentorship_payments",
                        "mentorship_payments_oldest_age_seconds",
                        "mentorship_mails",
                        "mentorship_job_runs_total");
    }

    @Test
    void theExpressionCheckCatchesWhatItClaimsTo() {
        assertThat(
                        PromQl.metricNames(
                                "sum by (job, channel) (rate(kafka_x_total{job=\"a\",status=~\"5..\"}[$__rate_interval])) "
                                        + "/ ignoring(status) max(mentorship_y) > 7 * 86400 and deriv(z[30m:1m]) > 0 unless (w > 0)"))
                .containsExactly("kafka_x_total", "mentorship_y", "z", "w");
        assertThatThrownBy(() -> PromQl.metricNames("sum(rate(a[5m])")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> PromQl.metricNames("rate(a[5 minutes])")).hasMessageContaining("range");
        assertThatThrownBy(() -> PromQl.metricNames("a{job=b}")).hasMessageContaining("label matcher");
        assertThatThrownBy(() -> PromQl.metricNames("sums(a)")).hasMessageContaining("no PromQL function sums");
    }

    private static Set<String> documented() {
        Set<String> names = new HashSet<>();
        Matcher row = DOCUMENTED.matcher(DeploymentFiles.read(METRICS_DOC));
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    /** Alert name to expression, from a PrometheusRule as rendered or as the file. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> alerts(GenericKubernetesResource rule) {
        Map<String, String> alerts = new LinkedHashMap<>();
        for (Object group : (List<Object>) path(rule, "spec", "groups")) {
            for (Object r : (List<Object>) ((Map<String, Object>) group).get("rules")) {
                Map<String, Object> alert = (Map<String, Object>) r;
                assertThat(alert.get("alert")).as("every rule is an alert").isNotNull();
                assertThat(((Map<String, Object>) alert.get("labels")).get("severity"))
                        .isIn("warning", "critical");
                alerts.put((String) alert.get("alert"), (String) alert.get("expr"));
            }
        }
        return alerts;
    }

    private static Map<String, String> alerts(JsonNode rule) {
        assertThat(rule.path("apiVersion").asText()).isEqualTo(MONITORING_API);
        Map<String, String> alerts = new LinkedHashMap<>();
        for (JsonNode group : rule.path("spec").path("groups")) {
            for (JsonNode alert : group.path("rules")) {
                alerts.put(alert.path("alert").asText(), alert.path("expr").asText());
            }
        }
        assertThat(alerts).isNotEmpty();
        return alerts;
    }

    /** Every panel, those inside rows too. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        assertThat(all).isNotEmpty();
        return all;
    }
}
