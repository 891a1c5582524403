package org.mentorship.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code mentorship_inbox_duplicates_total{consumer,type}}: events a consumer skipped because its inbox already had
 * them (a redelivery after a rebalance or restart, a replay of an applied dead letter). A steady trickle is normal
 * (at-least-once delivery); a burst follows a consumer restart or a relay that resent rows.
 */
@ApplicationScoped
public class InboxMetrics {

    public static final String DUPLICATES = "mentorship.inbox.duplicates";

    private final MeterRegistry registry;

    InboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void duplicate(String consumer, String eventType) {
        Counter.builder(DUPLICATES)
                .description("Events a consumer skipped because its inbox already recorded them")
                .tag("consumer", consumer)
                .tag("type", eventType == null ? "unknown" : eventType)
                .register(registry)
                .increment();
    }
}
