package org.mentorship.platform.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Paths that no REST resource or management route claims still answer 404 as problem details. */
@ApplicationScoped
public class UnknownPathHandler {

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            Problem problem = Problem.of(
                    PlatformProblems.NOT_FOUND,
                    "No resource at this path",
                    ctx.request().path());
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
        });
    }
}
