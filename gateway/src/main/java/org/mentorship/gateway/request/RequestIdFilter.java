package org.mentorship.gateway.request;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;
import org.mentorship.platform.web.RequestId;

/**
 * Gives every request an {@code X-Request-Id} by the rule the services keep too ({@link RequestId}: the caller's,
 * when it is a sane token, or a new UUID). It is put on the request (so the proxy passes it to the service) and on
 * whatever response goes back, proxied or not.
 */
@ApplicationScoped
public class RequestIdFilter {

    void register(@Observes Filters filters) {
        // High priority: before CORS, auth and routing, so even their refusals carry the id.
        filters.register(this::assign, 1000);
    }

    private void assign(RoutingContext ctx) {
        String id = RequestId.accepted(ctx.request().getHeader(RequestId.HEADER));
        ctx.request().headers().set(RequestId.HEADER, id);
        // Quarkus keeps the MDC on the request's Vert.x context, so every log line of this request carries the id.
        MDC.put(RequestId.MDC_KEY, id);
        // Set when the headers are written, replacing any copy a service echoed, so the response has exactly one.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestId.HEADER, id));
        ctx.next();
    }
}
