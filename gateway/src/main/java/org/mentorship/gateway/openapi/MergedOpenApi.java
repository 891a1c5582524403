package org.mentorship.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.proxy.RouteTable;
import org.mentorship.gateway.proxy.Upstream;

/**
 * The merged OpenAPI document of all services, rebuilt at most once per cache period. Concurrent callers of
 * an expired document share one rebuild instead of each fetching every service.
 */
@ApplicationScoped
public class MergedOpenApi {

    private record Cached(long expiresAtNanos, CompletableFuture<ObjectNode> document) {}

    private final AtomicReference<Cached> cache = new AtomicReference<>();
    private final RouteTable routes;
    private final OpenApiFetcher fetcher;
    private final GatewayDocument gateway;
    private final GatewayConfig.OpenApi config;
    private final String version;

    MergedOpenApi(
            RouteTable routes,
            OpenApiFetcher fetcher,
            GatewayDocument gateway,
            GatewayConfig config,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "0") String version) {
        this.routes = routes;
        this.fetcher = fetcher;
        this.gateway = gateway;
        this.config = config.openapi();
        this.version = version;
    }

    /** The shared cached document: callers must copy it before changing it. */
    public CompletionStage<ObjectNode> document() {
        long now = System.nanoTime();
        Cached current = cache.get();
        if (current != null && now - current.expiresAtNanos() < 0) {
            return current.document();
        }
        Cached fresh = new Cached(now + config.cacheTtl().toNanos(), new CompletableFuture<>());
        if (!cache.compareAndSet(current, fresh)) {
            return cache.get().document();
        }
        build().onComplete(result -> {
            if (result.succeeded()) {
                fresh.document().complete(result.result());
            } else {
                // Never keep a failure for a whole period; the next caller tries again.
                cache.compareAndSet(fresh, null);
                fresh.document().completeExceptionally(result.cause());
            }
        });
        return fresh.document();
    }

    private Future<ObjectNode> build() {
        List<Future<ServiceDocument>> fetches =
                routes.upstreams().stream().map(fetcher::fetch).toList();
        return Future.join(fetches).map(all -> {
            // The gateway's own endpoints (the dashboard) come first; they are always there.
            List<ServiceDocument> parts = new ArrayList<>();
            fetches.forEach(fetch -> parts.add(fetch.result()));
            return assemble(parts);
        });
    }

    /**
     * The document the gateway publishes, from the services' documents (fetched at run time, or stored by their
     * builds): the gateway's own part first, merged, cut to what is routed, with what the gateway itself answers.
     */
    public ObjectNode assemble(List<ServiceDocument> services) {
        ServiceDocument own = gateway.get();
        List<ServiceDocument> parts = new ArrayList<>();
        parts.add(own);
        parts.addAll(services);
        ObjectNode merged = OpenApiMerger.merge(config.title(), version, parts);
        dropUnrouted(merged, own);
        GatewayContract.apply(
                merged, path -> routes.match(path).map(Upstream::name).orElse(null));
        GatewayContract.pruneUnused(merged);
        return merged;
    }

    /**
     * What the document says is what the gateway serves: a service's path the route table does not send to it
     * (each service's own /api/v1/me/summary, /api/v1/me/notices, /api/v1/me/data, /api/v1/clock,
     * /api/v1/dead-letters, reached at the service itself or by the gateway's dashboard, feed and export) would answer
     * 404 here, so it is left out. The gateway's own paths stay.
     */
    private void dropUnrouted(ObjectNode merged, ServiceDocument own) {
        ObjectNode paths = (ObjectNode) merged.path("paths");
        var ownPaths = own.document().map(d -> d.path("paths")).orElse(null);
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        for (String path : names) {
            boolean gatewayOwn = ownPaths != null && ownPaths.has(path);
            if (!gatewayOwn && routes.match(path).isEmpty()) {
                paths.remove(path);
            }
        }
    }
}
