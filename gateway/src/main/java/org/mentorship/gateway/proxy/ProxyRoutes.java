package org.mentorship.gateway.proxy;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.limit.BodySizeLimit;
import org.mentorship.gateway.limit.ClientAddress;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.gateway.problem.ProblemRoutes;

/**
 * The reverse proxy, on Quarkus' own router (so it shares port, filters, health and metrics with the rest of
 * the gateway). A path under {@code /api/v1} that a service owns is streamed to it by vertx-http-proxy, which
 * handles bodies, hop-by-hop headers and back-pressure; any other path falls through to the next route.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    // The API has no WebSocket endpoints; switching them off keeps every request on the interceptor path.
    private static final ProxyOptions PROXY_OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    private final RouteTable routes;
    private final HttpClient client;
    private final GatewayConfig.Upstream timeouts;
    private final Map<String, Duration> serviceTimeouts = new HashMap<>();
    private final UpstreamGuards guards;
    private final BodySizeLimit bodyLimit;
    private final ClientAddress addresses;

    ProxyRoutes(
            RouteTable routes,
            HttpClient client,
            GatewayConfig config,
            UpstreamGuards guards,
            BodySizeLimit bodyLimit,
            ClientAddress addresses) {
        this.addresses = addresses;
        this.routes = routes;
        this.client = client;
        this.timeouts = config.upstream();
        config.services().forEach((name, service) -> service.timeout().ifPresent(t -> serviceTimeouts.put(name, t)));
        this.guards = guards;
        this.bodyLimit = bodyLimit;
    }

    void register(@Observes Router router) {
        // Before the REST layer (ROUTE_ORDER_DEFAULT), after Quarkus' filters (request id, CORS, security).
        router.route("/api/v1/*")
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::proxy);
        routes.upstreams().forEach(u -> LOG.infof("Routing to %s at %s:%d", u.name(), u.host(), u.port()));
    }

    private void proxy(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        routes.match(path)
                .ifPresentOrElse(
                        upstream -> {
                            if (BodySizeLimit.hasUndeclaredLength(ctx.request())) {
                                // Its size is known only once read; over the limit, collect() has already answered 413.
                                bodyLimit.collect(ctx).onSuccess(body -> send(ctx, upstream, path, body));
                            } else {
                                send(ctx, upstream, path, null);
                            }
                        },
                        ctx::next);
    }

    private void send(RoutingContext ctx, Upstream upstream, String path, Buffer body) {
        UpstreamGuard guard = guards.of(upstream);
        if (!guard.tryEnter()) {
            // As many calls in flight as the service is given: answer the excess now rather than queue it, so the
            // client can retry elsewhere or later and the accepted calls keep their latency.
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemRoutes.send(ctx.response(), ProblemBodies.upstreamOverloaded(upstream.name(), path));
            guards.answered(upstream, 503);
            return;
        }
        // Once per exchange, whichever comes first: the proxy has answered or given up (the interceptor), or the
        // response ended or closed (a backstop: the proxy replaces the response's own handlers).
        AtomicBoolean left = new AtomicBoolean();
        Runnable leave = () -> {
            if (left.compareAndSet(false, true)) {
                guard.leave();
            }
        };
        ctx.addEndHandler(done -> leave.run());
        HttpProxy proxy = proxyFor(guard, path, forwardedUri(ctx, path), addresses.of(ctx.request()), leave);
        if (body != null) {
            proxy.addInterceptor(new BufferedBodyInterceptor(body));
        }
        proxy.handle(ctx.request());
    }

    /*
     * A proxy per request is how the route decision reaches the interceptors: HttpProxy is a small handler
     * object, and the connections it uses live in the shared client, so this costs a few allocations.
     */
    private HttpProxy proxyFor(UpstreamGuard guard, String path, String uri, String clientAddress, Runnable leave) {
        Upstream upstream = guard.upstream();
        return HttpProxy.reverseProxy(PROXY_OPTIONS, client)
                .origin(context -> context.client()
                        .request(requestOptions(upstream))
                        // A failure before the answer also fails the response future, which UpstreamFailureInterceptor
                        // reports; without a handler Vert.x would log it a second time, at ERROR.
                        .map(request ->
                                request.exceptionHandler(failure -> LOG.debugf("%s: %s", upstream.name(), failure))))
                .addInterceptor(new UpstreamFailureInterceptor(guard, path, guards, leave))
                .addInterceptor(new ForwardingInterceptor(uri, clientAddress));
    }

    private RequestOptions requestOptions(Upstream upstream) {
        return upstream.requestOptions()
                .setConnectTimeout(timeouts.connectTimeout().toMillis())
                .setIdleTimeout(serviceTimeouts
                        .getOrDefault(upstream.name(), timeouts.timeout())
                        .toMillis());
    }

    private static String forwardedUri(RoutingContext ctx, String path) {
        String query = ctx.request().query();
        return query == null ? path : path + "?" + query;
    }
}
