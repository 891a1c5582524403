package org.mentorship.gateway.problem;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.Problem;

/**
 * The gateway's last word on any request: a path nobody claims answers 404, a failure in a route answers a
 * problem with its status. Quarkus' own pages would be HTML or plain text, and in dev mode show stack traces.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    void register(@Observes Router router) {
        // Runs after every other route (proxy, REST, /q/*) has declined the request.
        router.route()
                .order(Integer.MAX_VALUE)
                .handler(ctx -> send(
                        ctx.response(), ProblemBodies.notFound(ctx.request().path())));
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).failureHandler(this::failed);
    }

    private void failed(RoutingContext ctx) {
        String path = ctx.request().path();
        int status = ctx.statusCode();
        Problem problem = switch (status) {
            case 400 -> Problem.of(GatewayProblems.BAD_REQUEST, "The request could not be read", path);
            case 404 -> ProblemBodies.notFound(path);
            case 405 -> Problem.of(PlatformProblems.NOT_ALLOWED, "This path does not accept that method", path);
            case 413 -> Problem.of(GatewayProblems.PAYLOAD_TOO_LARGE, "The request body is too large", path);
            default -> {
                // The stack trace belongs in the log, never in the body.
                LOG.errorf(ctx.failure(), "Request %s %s failed", ctx.request().method(), path);
                yield ProblemBodies.internalError(path);
            }
        };
        if (ctx.response().headWritten()) {
            // Too late for a problem body: the client already has a status line; cut the exchange short.
            ctx.response().reset();
            return;
        }
        send(ctx.response(), problem);
    }

    public static void send(HttpServerResponse response, Problem problem) {
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(ProblemBodies.buffer(problem));
    }
}
