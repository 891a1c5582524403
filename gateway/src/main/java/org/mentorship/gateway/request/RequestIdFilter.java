package org.mentorship.gateway.request;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id}: the caller's, when it is a sane token, or a new UUID. It is put
 * on the request (so the proxy passes it to the service) and on whatever response goes back, proxied or not.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";

    /** The MDC key; the console log format prints it with %X{requestId}. */
    public static final String MDC_KEY = "requestId";

    /** Ids end up in logs of every service; anything longer or stranger than this is replaced, not trusted. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    void register(@Observes Filters filters) {
        // High priority: before CORS, auth and routing, so even their refusals carry the id.
        filters.register(this::assign, 1000);
    }

    private void assign(RoutingContext ctx) {
        String id = accepted(ctx.request().getHeader(HEADER));
        ctx.request().headers().set(HEADER, id);
        // Quarkus keeps the MDC on the request's Vert.x context, so every log line of this request carries the id.
        MDC.put(MDC_KEY, id);
        // Set when the headers are written, replacing any copy a service echoed, so the response has exactly one.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    static String accepted(String offered) {
        return offered != null && SANE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }
}
