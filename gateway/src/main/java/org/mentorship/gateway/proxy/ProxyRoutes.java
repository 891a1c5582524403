package org.mentorship.gateway.proxy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.limit.BodySizeLimit;
import org.mentorship.gateway.problem.Problem;
import org.mentorship.gateway.problem.ProblemRoutes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;

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
    private final CircuitBreakers breakers;
    private final BodySizeLimit bodyLimit;

    ProxyRoutes(RouteTable routes, HttpClient client, GatewayConfig config, CircuitBreakers breakers, BodySizeLimit bodyLimit) {
        this.routes = routes;
        this.client = client;
        this.timeouts = config.upstream();
        config.services().forEach((name, service) -> service.timeout().ifPresent(t -> serviceTimeouts.put(name, t)));
        this.breakers = breakers;
        this.bodyLimit = bodyLimit;
    }

    void register(@Observes Router router) {
        // Before the REST layer (ROUTE_ORDER_DEFAULT), after Quarkus' filters (request id, CORS, security).
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::proxy);
        routes.upstreams().forEach(u -> LOG.infof("Routing to %s at %s:%d", u.name(), u.host(), u.port()));
    }

    private void proxy(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        routes.match(path).ifPresentOrElse(upstream -> {
            if (BodySizeLimit.hasUndeclaredLength(ctx.request())) {
                // Its size is known only once read; over the limit, collect() has already answered 413.
                bodyLimit.collect(ctx).onSuccess(body -> send(ctx, upstream, path, body));
            } else {
                send(ctx, upstream, path, null);
            }
        }, ctx::next);
    }

    private void send(RoutingContext ctx, Upstream upstream, String path, Buffer body) {
        CircuitBreaker breaker = breakers.of(upstream);
        if (!breaker.tryAcquire()) {
            // The service keeps failing: answer at once rather than add load to it or make the caller wait.
            long retryAfter = breaker.retryAfterSeconds();
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            ProblemRoutes.send(ctx.response(), Problem.circuitOpen(upstream.name(), retryAfter, path));
            return;
        }
        HttpProxy proxy = proxyFor(upstream, path, forwardedUri(ctx, path));
        if (body != null) {
            proxy.addInterceptor(new BufferedBodyInterceptor(body));
        }
        proxy.handle(ctx.request());
    }

    /*
     * A proxy per request is how the route decision reaches the interceptors: HttpProxy is a small handler
     * object, and the connections it uses live in the shared client, so this costs a few allocations.
     */
    private HttpProxy proxyFor(Upstream upstream, String path, String uri) {
        return HttpProxy.reverseProxy(PROXY_OPTIONS, client)
                .origin(context -> context.client().request(requestOptions(upstream))
                        // A failure before the answer also fails the response future, which UpstreamFailureInterceptor
                        // reports; without a handler Vert.x would log it a second time, at ERROR.
                        .map(request -> request.exceptionHandler(failure -> LOG.debugf("%s: %s", upstream.name(), failure))))
                .addInterceptor(new UpstreamFailureInterceptor(upstream, path, breakers))
                .addInterceptor(new ForwardingInterceptor(uri));
    }

    private RequestOptions requestOptions(Upstream upstream) {
        return upstream.requestOptions()
                .setConnectTimeout(timeouts.connectTimeout().toMillis())
                .setIdleTimeout(serviceTimeouts.getOrDefault(upstream.name(), timeouts.timeout()).toMillis());
    }

    private static String forwardedUri(RoutingContext ctx, String path) {
        String query = ctx.request().query();
        return query == null ? path : path + "?" + query;
    }
}
