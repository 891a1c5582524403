package org.mentorship.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a consumer is held on an event by a failure that may pass: the service is not doing its work, and
 * says so (with the event and the failure) instead of the consumer dying. Ready again by itself once the event is
 * applied. Takes the place of SmallRye's unprocessed-record age check, which closes the consumer for good.
 */
@Readiness
@ApplicationScoped
public class InboxReadiness implements HealthCheck {

    private final HeldConsumers held;

    InboxReadiness(HeldConsumers held) {
        this.held = held;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, HeldConsumers.Hold> holds = held.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("inbox").status(holds.isEmpty());
        holds.forEach((consumer, hold) -> response.withData(
                consumer,
                "held on " + hold.eventType() + " " + hold.eventId() + " since " + hold.since() + " after "
                        + hold.attempts() + " attempts: " + hold.failure()));
        return response.build();
    }
}
