package org.mentorship.platform.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request carries an {@code X-Request-Id}: the caller's (the gateway passes its own on) or a new one. It is
 * returned on the response and put in the logging context, so every log line of the request names it
 * ({@code %X{requestId}} in the log format) across the gateway and the services.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && SAFE.matcher(given).matches()
                    ? given
                    : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            ctx.put(MDC_KEY, id);
            ctx.response().headers().set(HEADER, id);
            ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
            ctx.next();
        });
    }
}
