package org.mentorship.gateway.proxy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.mentorship.gateway.config.GatewayConfig;

/** One circuit breaker per service, shared by the proxy and the dashboard. */
@ApplicationScoped
public class CircuitBreakers {

    private static final Logger LOG = Logger.getLogger(CircuitBreakers.class);

    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final GatewayConfig.Breaker config;

    CircuitBreakers(GatewayConfig config) {
        this.config = config.breaker();
    }

    public CircuitBreaker of(Upstream upstream) {
        return breakers.computeIfAbsent(upstream.name(),
                name -> new CircuitBreaker(config.failureThreshold(), config.openDuration(), System::nanoTime));
    }

    /** Records how a call went, logging when the circuit changes state (not on every call). */
    public void record(Upstream upstream, boolean success) {
        CircuitBreaker breaker = of(upstream);
        CircuitBreaker.State before = breaker.state();
        if (success) {
            breaker.succeeded();
        } else {
            breaker.failed();
        }
        CircuitBreaker.State after = breaker.state();
        if (before != after) {
            LOG.warnf("Circuit to %s: %s -> %s", upstream.name(), before, after);
        }
    }

    /** A status from a service that says it is unwell (rather than that the request was wrong). */
    public static boolean isFailure(int status) {
        return status == 502 || status == 503 || status == 504;
    }
}
