package org.mentorship.gateway.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.proxy.RouteTable;
import org.mentorship.gateway.proxy.Upstream;

/**
 * Looks at each service's readiness in the background and keeps the last answer. The readiness check reads
 * that snapshot, so a probe of the gateway never waits on (or times out because of) a slow service.
 */
@ApplicationScoped
public class UpstreamProbe {

    /** What the gateway last saw of one service. */
    public record Seen(String state, Instant at) {}

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final HttpClient client;
    private final RouteTable routes;
    private final GatewayConfig.Health config;
    private long timer = -1;

    UpstreamProbe(Vertx vertx, HttpClient client, RouteTable routes, GatewayConfig config) {
        this.vertx = vertx;
        this.client = client;
        this.routes = routes;
        this.config = config.health();
    }

    void start(@Observes StartupEvent event) {
        probeAll();
        timer = vertx.setPeriodic(config.probeInterval().toMillis(), id -> probeAll());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    /** Service name to its last seen state: UP, DOWN (answered, not ready), UNREACHABLE, or UNKNOWN (not yet probed). */
    public Map<String, Seen> snapshot() {
        Map<String, Seen> result = new TreeMap<>();
        routes.upstreams().forEach(u -> result.put(u.name(), seen.getOrDefault(u.name(), new Seen("UNKNOWN", null))));
        return result;
    }

    private void probeAll() {
        routes.upstreams().forEach(this::probe);
    }

    private void probe(Upstream upstream) {
        long timeout = config.probeTimeout().toMillis();
        client.request(upstream.requestOptions()
                        .setMethod(HttpMethod.GET)
                        .setURI("/q/health/ready")
                        .setConnectTimeout(timeout)
                        .setIdleTimeout(timeout))
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode() == 200 ? "UP" : "DOWN"))
                .otherwise("UNREACHABLE")
                .onSuccess(state -> seen.put(upstream.name(), new Seen(state, Instant.now())));
    }
}
