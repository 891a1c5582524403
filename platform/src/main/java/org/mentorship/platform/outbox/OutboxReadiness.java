package org.mentorship.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mentorship.platform.config.OutboxConfig;

/**
 * DOWN when this replica's relay thread is gone or the outbox has fallen behind by more than
 * {@code mentorship.outbox.lag-limit}; shows whether this replica is the active relay, the lag and the parked rows.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxStatus status;
    private final OutboxConfig config;

    OutboxReadiness(OutboxRelay relay, OutboxStatus status, OutboxConfig config) {
        this.relay = relay;
        this.status = status;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("Outbox relay");
        if (!relay.isEnabled()) {
            return health.up().withData("relay", "disabled").build();
        }
        boolean alive = relay.isAlive();
        health.withData("relay", alive ? "running" : "dead").withData("leader", relay.isActiveRelay() ? "yes" : "no");
        try {
            OutboxStatus.Snapshot snapshot = status.snapshot();
            long lag = (long) snapshot.lagSeconds();
            health.withData("lagSeconds", lag)
                    .withData("unsent", snapshot.unsent())
                    .withData("held", snapshot.held())
                    .withData("parked", snapshot.parked())
                    .withData("lagLimitSeconds", config.lagLimit().toSeconds());
            return health.status(alive && lag <= config.lagLimit().toSeconds()).build();
        } catch (Exception e) {
            return health.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
