package org.mentorship.gateway.limit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.problem.Problem;
import org.mentorship.gateway.problem.ProblemRoutes;
import org.mentorship.gateway.security.BearerAuthentication;
import org.mentorship.gateway.security.Caller;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-client rate limit on the API: the client is the token's subject once the token has been checked (so a
 * person keeps one budget across devices and addresses), otherwise the remote address. Set
 * {@code quarkus.http.proxy.proxy-address-forwarding} behind a load balancer so that this is the caller's
 * address, not the balancer's.
 */
@ApplicationScoped
public class RateLimitRoute {

    private final RateLimiter authenticated;
    private final RateLimiter anonymous;
    private final boolean enabled;
    private final Vertx vertx;
    private long timer = -1;

    RateLimitRoute(GatewayConfig config, Vertx vertx) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.authenticated = new RateLimiter(limits.authenticatedCapacity(), limits.period());
        this.anonymous = new RateLimiter(limits.anonymousCapacity(), limits.period());
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        // After authentication: the token's subject must be known (and checked) to pick the bucket.
        router.route("/api/v1/*").order(BearerAuthentication.ORDER + 10).handler(this::limit);
        timer = vertx.setPeriodic(60_000, id -> {
            authenticated.forgetIdle();
            anonymous.forgetIdle();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    private void limit(RoutingContext ctx) {
        Caller caller = Caller.of(ctx);
        RateLimiter.Decision decision = caller != null
                ? authenticated.tryConsume(caller.subject())
                : anonymous.tryConsume(ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress());
        if (decision.allowed()) {
            ctx.response().putHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        ProblemRoutes.send(ctx.response(), Problem.tooManyRequests(decision.retryAfterSeconds(), ctx.normalizedPath()));
    }
}
