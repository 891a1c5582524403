package org.mentorship.gateway.proxy;

import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;
import org.mentorship.gateway.problem.Problem;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Turns a failed exchange with a service into a problem response: 504 when it was too slow, 502 when it could
 * not be reached or broke off. Without this the proxy would answer a bare 502 with an empty body. It also tells
 * the service's circuit breaker how the call went.
 */
final class UpstreamFailureInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailureInterceptor.class);

    private final Upstream upstream;
    private final String path;
    private final CircuitBreakers breakers;

    UpstreamFailureInterceptor(Upstream upstream, String path, CircuitBreakers breakers) {
        this.upstream = upstream;
        this.path = path;
        this.breakers = breakers;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest()
                .onSuccess(response -> breakers.record(upstream, !CircuitBreakers.isFailure(response.getStatusCode())))
                .recover(failure -> {
                    breakers.record(upstream, false);
                    Problem problem = isTimeout(failure)
                            ? Problem.upstreamTimeout(upstream.name(), path)
                            : Problem.upstreamUnavailable(upstream.name(), path);
                    // A service being down is an operational event, not a gateway bug: one line, no stack trace.
                    LOG.warnf("%s %s -> %s (%s:%d) failed with %d: %s", context.request().getMethod(), path,
                            upstream.name(), upstream.host(), upstream.port(), problem.status(), failure.toString());
                    ProxyResponse response = context.request().release().response()
                            .setStatusCode(problem.status())
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .setBody(Body.body(problem.toBuffer()));
                    return Future.succeededFuture(response);
                });
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
