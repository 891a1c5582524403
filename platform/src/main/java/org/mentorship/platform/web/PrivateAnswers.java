package org.mentorship.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An answer to a request that carried credentials is {@code Cache-Control: no-store} unless its resource says
 * otherwise: payee details, bank files, letters and every other caller's own data must not stay in a browser's or a
 * proxy's cache. Public answers (verification, documents, schemas) keep their own caching.
 */
@ApplicationScoped
public class PrivateAnswers {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).handler(ctx -> {
            if (ctx.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
                ctx.addHeadersEndHandler(v -> {
                    if (!ctx.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                        ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                    }
                });
            }
            ctx.next();
        });
    }
}
