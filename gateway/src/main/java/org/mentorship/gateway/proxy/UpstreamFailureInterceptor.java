package org.mentorship.gateway.proxy;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.mentorship.gateway.problem.ProblemBodies;
import org.mentorship.platform.problem.Problem;

/**
 * Sends the request through the service's circuit breaker and turns a failed exchange into a problem response:
 * 503 while the circuit is open, 504 when the service was too slow, 502 when it could not be reached or broke off.
 * Without this the proxy would answer a bare 502 with an empty body.
 * <p>
 * A client that hung up is not the service's failure: the proxy then resets the call to the service, which fails
 * like a broken service would (StreamResetException). Such a call is counted as {@code client_aborted}, logged at
 * debug, never counted by the breaker and never answered (there is nobody to answer).
 */
final class UpstreamFailureInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailureInterceptor.class);

    /** Status of the answer nobody receives (the client is gone); nginx's "client closed request". */
    private static final int CLIENT_CLOSED = 499;

    private final UpstreamGuard guard;
    private final String path;
    private final UpstreamGuards guards;
    /** Frees the request's in-flight place (idempotent). */
    private final Runnable leave;

    UpstreamFailureInterceptor(UpstreamGuard guard, String path, UpstreamGuards guards, Runnable leave) {
        this.guard = guard;
        this.leave = leave;
        this.path = path;
        this.guards = guards;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerResponse client = context.request().proxiedRequest().response();
        return guard.<ProxyResponse>call(() -> context.sendRequest().transform(done -> {
                    if (clientGone(client) || done.failed() && resetForClient(done.cause())) {
                        if (done.succeeded()) {
                            done.result().release();
                        }
                        return Future.failedFuture(new NotAnUpstreamFailure("client hung up", done.cause()));
                    }
                    if (done.failed()) {
                        return Future.failedFuture(done.cause());
                    }
                    ProxyResponse response = done.result();
                    // The service's own 502/503/504 passes through to the client, but counts against its circuit.
                    return UpstreamGuards.isFailure(response.getStatusCode())
                            ? Future.failedFuture(new Unwell(response))
                            : Future.succeededFuture(response);
                }))
                .recover(failure -> {
                    if (failure instanceof Unwell unwell) {
                        return Future.succeededFuture(unwell.response);
                    }
                    if (failure instanceof NotAnUpstreamFailure || clientGone(client)) {
                        LOG.debugf(
                                "%s %s -> %s: the client hung up before the answer (%s)",
                                context.request().getMethod(),
                                path,
                                guard.upstream().name(),
                                failure.getCause() == null ? failure : failure.getCause());
                        return Future.succeededFuture(
                                context.request().release().response().setStatusCode(CLIENT_CLOSED));
                    }
                    if (UpstreamGuard.isCircuitOpen(failure)) {
                        // The service keeps failing: answer at once rather than add load to it or make the caller wait.
                        long retryAfter = guard.retryAfterSeconds();
                        return Future.succeededFuture(problem(
                                        context,
                                        ProblemBodies.circuitOpen(
                                                guard.upstream().name(), retryAfter, path))
                                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter)));
                    }
                    Problem problem = isTimeout(failure)
                            ? ProblemBodies.upstreamTimeout(guard.upstream().name(), path)
                            : ProblemBodies.upstreamUnavailable(guard.upstream().name(), path);
                    // A service being down is an operational event, not a gateway bug: one line, no stack trace.
                    Upstream upstream = guard.upstream();
                    LOG.warnf(
                            "%s %s -> %s (%s:%d) failed with %d: %s",
                            context.request().getMethod(),
                            path,
                            upstream.name(),
                            upstream.host(),
                            upstream.port(),
                            problem.status(),
                            failure.toString());
                    return Future.succeededFuture(problem(context, problem));
                });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        HttpServerResponse client = context.request().proxiedRequest().response();
        if (clientGone(client) || context.response().getStatusCode() == CLIENT_CLOSED) {
            leave.run();
            guards.clientAborted(guard.upstream());
            context.response().release();
            if (!client.closed()) {
                // Its side failed but the connection is not closed yet: end it rather than answer.
                client.reset();
            }
            return Future.succeededFuture();
        }
        int status = context.response().getStatusCode();
        return context.sendResponse().onComplete(sent -> {
            leave.run();
            if (sent.failed() && clientGone(client)) {
                guards.clientAborted(guard.upstream());
            } else {
                guards.answered(guard.upstream(), status);
            }
        });
    }

    /** The client's connection (or HTTP/2 stream) closed before its answer was complete. */
    static boolean clientGone(HttpServerResponse client) {
        return client.closed() && !client.ended();
    }

    /**
     * The proxy resets its call to the service when the client's side fails (the connection reset or closed, an
     * upload broken off), often before the client's connection is marked closed. Services are called over HTTP/1.1,
     * where a stream reset is only ever the gateway's own doing, never the service's.
     */
    static boolean resetForClient(Throwable failure) {
        return failure instanceof StreamResetException;
    }

    private static ProxyResponse problem(ProxyContext context, Problem problem) {
        return context.request()
                .release()
                .response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(ProblemBodies.buffer(problem)));
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The service answered that it is unwell (502/503/504): a failure for its circuit, an answer for the client. */
    private static final class Unwell extends RuntimeException {
        final transient ProxyResponse response;

        Unwell(ProxyResponse response) {
            super("HTTP " + response.getStatusCode(), null, false, false);
            this.response = response;
        }
    }
}
