package org.mentorship.gateway.security;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.limit.RateLimitRoute;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.gateway.problem.ProblemRoutes;
import org.mentorship.platform.problem.Problem;
import org.mentorship.platform.security.VerifiedTokens;

/**
 * The gateway's token check: every {@code /api/v1} request needs a valid bearer JWT (signature, issuer and expiry
 * as configured by {@code mp.jwt.verify.*}) unless it is on the public list. The Authorization header is left
 * as it is, so each service checks the same token again and applies its own role rules.
 * <p>
 * Quarkus' own JWT mechanism is not used for this (proactive authentication is off): its refusals have no body,
 * and the gateway's refusals are problem documents like all its other answers.
 */
@ApplicationScoped
public class BearerAuthentication {

    /** After CORS (a filter), before the rate limit, the proxy and the REST layer. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 20;

    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class);
    private static final String PREFIX = "bearer ";

    private final JWTParser parser;
    private final Vertx vertx;
    private final PublicPaths publicPaths;
    private final RateLimitRoute limits;
    private final VerifiedTokens<Caller> verified;

    BearerAuthentication(JWTParser parser, Vertx vertx, GatewayConfig config, RateLimitRoute limits) {
        this.parser = parser;
        this.verified = new VerifiedTokens<>(
                config.security().verifiedTokens().maxTokens(),
                config.security().verifiedTokens().keepFor(),
                Clock.systemUTC());
        this.limits = limits;
        this.vertx = vertx;
        this.publicPaths = PublicPaths.of(config.security().publicPaths());
    }

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(ORDER).handler(this::authenticate);
    }

    private void authenticate(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (publicPaths.allows(ctx.request().method().name(), path)) {
            ctx.next();
            return;
        }
        String token = bearerToken(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            refuse(ctx, ProblemBodies.authenticationRequired(path), "Bearer realm=\"mentorship\"");
            return;
        }
        if (limits.refusedForFailedAuthentication(ctx)) {
            return;
        }
        Optional<Caller> known = verified.known(token);
        if (known.isPresent()) {
            known.get().attachTo(ctx);
            ctx.next();
            return;
        }
        // A JWKS key set may have to be fetched over the network: verify off the event loop.
        vertx.executeBlocking(() -> parser.parse(token), false).onComplete(result -> {
            JsonWebToken jwt = result.succeeded() ? result.result() : null;
            if (jwt != null && jwt.getSubject() != null && !jwt.getSubject().isBlank()) {
                Caller caller = new Caller(jwt.getSubject(), jwt.getGroups());
                verified.keep(token, caller, Instant.ofEpochSecond(jwt.getExpirationTime()));
                caller.attachTo(ctx);
                ctx.next();
            } else {
                // Without a subject there is nobody to act for (nor a rate-limit bucket): refused like a bad token.
                LOG.debugf(
                        "Token refused on %s: %s",
                        path,
                        result.succeeded() ? "no sub claim" : result.cause().toString());
                limits.authenticationFailed(ctx);
                refuse(ctx, ProblemBodies.invalidToken(path), "Bearer realm=\"mentorship\", error=\"invalid_token\"");
            }
        });
    }

    private static void refuse(RoutingContext ctx, Problem problem, String challenge) {
        ctx.response().putHeader("WWW-Authenticate", challenge);
        ProblemRoutes.send(ctx.response(), problem);
    }

    static String bearerToken(String header) {
        if (header == null
                || header.length() <= PREFIX.length()
                || !header.substring(0, PREFIX.length())
                        .toLowerCase(Locale.ROOT)
                        .equals(PREFIX)) {
            return null;
        }
        String token = header.substring(PREFIX.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
