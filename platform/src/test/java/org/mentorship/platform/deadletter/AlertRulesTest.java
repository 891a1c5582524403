package org.mentorship.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.metrics.DeadLetterMetrics;

/** The PrometheusRule's alert rules are Prometheus rules, and the dead-letter ones watch the counter the dead-letter log increments. */
class AlertRulesTest {

    private static final Path RULES = Path.of("../deploy/kubernetes/monitoring/prometheus-rule.yaml");

    @Test
    void theDeadLetterAlertsWatchTheCounterTheServicesExport() throws IOException {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        List<String> expressions = new ArrayList<>();
        assertThat(file.path("kind").asText()).isEqualTo("PrometheusRule");
        for (JsonNode group : file.path("spec").path("groups")) {
            assertThat(group.path("name").asText()).isNotBlank();
            for (JsonNode rule : group.path("rules")) {
                assertThat(rule.path("alert").asText())
                        .as("every rule is an alert")
                        .isNotBlank();
                assertThat(rule.path("labels").path("severity").asText()).isIn("warning", "critical");
                expressions.add(rule.path("expr").asText());
            }
        }
        // The name Prometheus scrapes for the counter DeadLetterLog increments, by Micrometer's own Prometheus naming.
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Counter.builder(DeadLetterMetrics.COUNTER)
                .tag("consumer", "c")
                .tag("type", "t")
                .tag("reason", "r")
                .register(registry)
                .increment();
        String exported = "mentorship_dead_letters_total";
        assertThat(registry.scrape()).containsPattern(exported + "\\{consumer=\"c\",reason=\"r\",type=\"t\",?\\} 1.0");
        assertThat(expressions.stream().filter(expr -> expr.contains(exported + "[")))
                .hasSizeGreaterThanOrEqualTo(2);
    }
}
