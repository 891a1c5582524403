package org.mentorship.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * For people, not for Kubernetes: lists what the gateway last saw of each service, but is always UP. The gateway
 * must become ready before the services (they may start in any order), and it answers 502 for one that is down.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

    private final UpstreamProbe probe;

    UpstreamsReadiness(UpstreamProbe probe) {
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder =
                HealthCheckResponse.named("upstreams (informational)").up();
        probe.snapshot()
                .forEach((service, seen) -> builder.withData(
                        service, seen.at() == null ? seen.state() : seen.state() + " at " + seen.at()));
        return builder.build();
    }
}
