package org.mentorship.platform.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Every request carries an {@code X-Request-Id} ({@link RequestId}: the caller's, the gateway passes its own on, or
 * a new one). It is returned on the response and put in the logging context, so every log line of the request names
 * it ({@code %X{requestId}} in the log format) across the gateway and the services.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = RequestId.HEADER;
    public static final String MDC_KEY = RequestId.MDC_KEY;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(ctx -> {
            String id = RequestId.accepted(ctx.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            ctx.put(MDC_KEY, id);
            ctx.response().headers().set(HEADER, id);
            ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
            ctx.next();
        });
    }
}
