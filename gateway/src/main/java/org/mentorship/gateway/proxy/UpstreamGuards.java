package org.mentorship.gateway.proxy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorship.gateway.config.GatewayConfig;

/**
 * One {@link UpstreamGuard} per service, shared by the proxy and the dashboard, and the gateway's metrics about
 * the services: {@code gateway_upstream_requests_total{upstream,status}} (status answered, or
 * {@code client_aborted} when the client hung up first), {@code gateway_upstream_circuit_open{upstream}} (1 open or
 * half-open, 0 closed) and {@code gateway_upstream_in_flight{upstream}}.
 */
@ApplicationScoped
public class UpstreamGuards {

    public static final String CLIENT_ABORTED = "client_aborted";

    private final Map<String, UpstreamGuard> guards = new ConcurrentHashMap<>();
    private final GatewayConfig config;
    private final RouteTable routes;
    private final MeterRegistry registry;

    UpstreamGuards(GatewayConfig config, RouteTable routes, MeterRegistry registry) {
        this.config = config;
        this.routes = routes;
        this.registry = registry;
    }

    /** Every service's gauges exist from the start (at 0), not only after its first call. */
    void start(@Observes StartupEvent event) {
        routes.upstreams().forEach(this::of);
    }

    public UpstreamGuard of(Upstream upstream) {
        return guards.computeIfAbsent(upstream.name(), name -> {
            GatewayConfig.Service service = config.services().get(name);
            int maxInFlight = service != null && service.maxInFlight().isPresent()
                    ? service.maxInFlight().getAsInt()
                    : config.upstream().maxInFlight();
            UpstreamGuard guard = new UpstreamGuard(
                    upstream,
                    config.breaker().failureThreshold(),
                    config.breaker().openDuration(),
                    maxInFlight);
            Gauge.builder("gateway.upstream.circuit.open", guard, g -> g.circuitOpen() ? 1 : 0)
                    .description("1 while the circuit to the service is open or half-open, 0 when closed")
                    .tag("upstream", name)
                    .register(registry);
            Gauge.builder("gateway.upstream.in.flight", guard, UpstreamGuard::inFlight)
                    .description("Calls to the service the gateway has in flight")
                    .tag("upstream", name)
                    .register(registry);
            return guard;
        });
    }

    /** A proxied request answered with this status (the service's, or the gateway's own on its behalf). */
    public void answered(Upstream upstream, int status) {
        count(upstream, Integer.toString(status));
    }

    /** A proxied request whose client hung up before its answer was complete. */
    public void clientAborted(Upstream upstream) {
        count(upstream, CLIENT_ABORTED);
    }

    private void count(Upstream upstream, String status) {
        registry.counter("gateway.upstream.requests", "upstream", upstream.name(), "status", status)
                .increment();
    }

    /** A status from a service that says it is unwell (rather than that the request was wrong). */
    public static boolean isFailure(int status) {
        return status == 502 || status == 503 || status == 504;
    }
}
