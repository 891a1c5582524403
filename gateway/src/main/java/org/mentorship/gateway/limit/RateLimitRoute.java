package org.mentorship.gateway.limit;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.gateway.problem.ProblemRoutes;
import org.mentorship.gateway.security.BearerAuthentication;
import org.mentorship.gateway.security.Caller;

/**
 * Per-client rate limit on the API: the client is the token's subject once the token has been checked (so a
 * person keeps one budget across devices and addresses), otherwise the source address ({@link ClientAddress}:
 * the peer, or what a proxy ops trust says). Requests with a bad token are limited before this, per address
 * ({@link #failedAuthentication}).
 */
@ApplicationScoped
public class RateLimitRoute {

    private final RateLimiter authenticated;
    private final RateLimiter anonymous;
    private final RateLimiter failedAuthentication;
    private final boolean enabled;
    private final ClientAddress addresses;

    RateLimitRoute(GatewayConfig config, ClientAddress addresses) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.authenticated = new RateLimiter(limits.authenticatedCapacity(), limits.period(), limits.maxClients());
        this.anonymous = new RateLimiter(limits.anonymousCapacity(), limits.period(), limits.maxClients());
        this.failedAuthentication =
                new RateLimiter(limits.failedAuthenticationCapacity(), limits.period(), limits.maxClients());
        this.addresses = addresses;
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        // After authentication: the token's subject must be known (and checked) to pick the bucket.
        router.route("/api/v1/*").order(BearerAuthentication.ORDER + 10).handler(this::limit);
    }

    /**
     * Before a token is checked: true if this address has used up its budget of bad tokens, in which case a 429 has
     * been answered (the signature is not even verified: that is the work a flood of bad tokens would cost).
     */
    public boolean refusedForFailedAuthentication(RoutingContext ctx) {
        if (!enabled) {
            return false;
        }
        RateLimiter.Decision decision = failedAuthentication.peek(addresses.of(ctx.request()));
        if (decision.allowed()) {
            return false;
        }
        refuse(ctx, failedAuthentication, decision);
        return true;
    }

    /** A bad or expired token from this request's address: spends one of the address's failures. */
    public void authenticationFailed(RoutingContext ctx) {
        if (enabled) {
            failedAuthentication.tryConsume(addresses.of(ctx.request()));
        }
    }

    private void limit(RoutingContext ctx) {
        Caller caller = Caller.of(ctx);
        RateLimiter limiter = caller != null ? authenticated : anonymous;
        RateLimiter.Decision decision =
                limiter.tryConsume(caller != null ? caller.subject() : addresses.of(ctx.request()));
        if (decision.allowed()) {
            ctx.response().putHeader("X-RateLimit-Limit", Long.toString(limiter.capacity()));
            ctx.response().putHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
            ctx.next();
            return;
        }
        refuse(ctx, limiter, decision);
    }

    private static void refuse(RoutingContext ctx, RateLimiter limiter, RateLimiter.Decision decision) {
        ctx.response().putHeader("X-RateLimit-Limit", Long.toString(limiter.capacity()));
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        ProblemRoutes.send(
                ctx.response(), ProblemBodies.tooManyRequests(decision.retryAfterSeconds(), ctx.normalizedPath()));
    }

    /** Buckets held per limit (authenticated, anonymous, failed authentication), for tests of the bound. */
    long[] sizes() {
        return new long[] {authenticated.size(), anonymous.size(), failedAuthentication.size()};
    }
}
