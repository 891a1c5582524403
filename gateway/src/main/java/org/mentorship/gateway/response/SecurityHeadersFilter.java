package org.mentorship.gateway.response;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The usual security headers on every answer, proxied or the gateway's own. API answers get a Content-Security-Policy
 * that allows nothing (JSON needs no scripts, frames or styles); the Swagger UI page gets one that allows its own
 * scripts and styles (it has inline ones) and calls back to this origin only.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        // Just after the request id, before CORS, authentication and limits: their refusals get the headers too.
        filters.register(this::addHeaders, 900);
    }

    private void addHeaders(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String policy = request.path().startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY : API_POLICY;
        boolean tls = "https".equals(request.scheme()) || "https".equalsIgnoreCase(firstForwardedProto(request));
        // Set when the headers are written, so they apply (once) to proxied answers as well.
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            // A service may serve something that needs its own policy (an HTML page); it knows best.
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", policy);
            }
            // Browsers ignore HSTS over plain HTTP, so a forged X-Forwarded-Proto cannot do harm with it.
            if (tls) {
                headers.set("Strict-Transport-Security", HSTS);
            }
        });
        ctx.next();
    }

    private static String firstForwardedProto(HttpServerRequest request) {
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null) {
            return null;
        }
        int comma = proto.indexOf(',');
        return (comma < 0 ? proto : proto.substring(0, comma)).trim();
    }
}
