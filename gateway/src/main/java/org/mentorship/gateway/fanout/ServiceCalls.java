package org.mentorship.gateway.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.mentorship.gateway.proxy.NotAnUpstreamFailure;
import org.mentorship.gateway.proxy.RouteTable;
import org.mentorship.gateway.proxy.Upstream;
import org.mentorship.gateway.proxy.UpstreamGuard;
import org.mentorship.gateway.proxy.UpstreamGuards;
import org.mentorship.platform.web.RequestId;

/**
 * The gateway asking several services the same thing on a person's behalf (the dashboard, the notification feed,
 * the data export): in parallel, with the caller's own token (each service decides what this person may see),
 * through each service's circuit breaker and in-flight bound, within a deadline. A service that is not configured,
 * busy, open-circuited, failing or too slow has no {@link Reply}: null in its place, so the caller decides whether
 * a partial answer will do.
 */
@ApplicationScoped
public class ServiceCalls {

    /** The services that hold a person's own records, each with its /api/v1/me/... resources. */
    public static final List<String> PERSON_SERVICES =
            List.of("application", "evaluation", "stipend", "certificate", "webhook");

    /** What one service answered: its status and its JSON body (null when it sent none, or none that parses). */
    public record Reply(String service, int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    private final HttpClient client;
    private final Vertx vertx;
    private final ObjectMapper mapper;
    private final UpstreamGuards guards;
    private final Map<String, Upstream> upstreams;

    ServiceCalls(HttpClient client, Vertx vertx, ObjectMapper mapper, UpstreamGuards guards, RouteTable routes) {
        this.client = client;
        this.vertx = vertx;
        this.mapper = mapper;
        this.guards = guards;
        this.upstreams = routes.upstreams().stream().collect(Collectors.toMap(Upstream::name, Function.identity()));
    }

    /**
     * The same call to each service, in parallel; the replies in the order of {@code services}, null for each that
     * did not answer. The future never fails: it waits for every service (each bounded by {@code timeout}).
     */
    public Future<List<Reply>> askEach(
            List<String> services,
            HttpMethod method,
            String uri,
            String authorization,
            String requestId,
            Duration timeout) {
        List<Future<Reply>> calls = services.stream()
                .map(service -> ask(service, method, uri, authorization, requestId, timeout))
                .toList();
        return Future.join(calls).map(all -> {
            List<Reply> replies = new ArrayList<>();
            calls.forEach(call -> replies.add(call.result()));
            return replies;
        });
    }

    /** One service's reply, or null if it is not configured, busy, its circuit is open, or it fails or is too slow. */
    public Future<Reply> ask(
            String service, HttpMethod method, String uri, String authorization, String requestId, Duration timeout) {
        Upstream upstream = upstreams.get(service);
        if (upstream == null) {
            return Future.succeededFuture(null);
        }
        UpstreamGuard guard = guards.of(upstream);
        if (!guard.tryEnter()) {
            // The service has all the calls it is given: its part is unavailable rather than queued.
            return Future.succeededFuture(null);
        }
        return guard.call(() -> fetch(upstream, method, uri, authorization, requestId, timeout.toMillis()))
                .onComplete(done -> guard.leave())
                .recover(failure -> {
                    if (!UpstreamGuard.isCircuitOpen(failure)) {
                        LOG.warnf("%s %s at %s unavailable: %s", method, uri, service, failure.getMessage());
                    }
                    return Future.succeededFuture(null);
                });
    }

    private Future<Reply> fetch(
            Upstream upstream,
            HttpMethod method,
            String uri,
            String authorization,
            String requestId,
            long timeoutMillis) {
        Promise<Reply> result = Promise.promise();
        // The idle timeout only notices silence; this deadline also bounds a service that trickles its answer.
        long timer = vertx.setTimer(
                timeoutMillis, id -> result.tryFail(new TimeoutException("no answer within " + timeoutMillis + " ms")));
        var options = upstream.requestOptions()
                .setMethod(method)
                .setURI(uri)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .putHeader(HttpHeaders.AUTHORIZATION, authorization)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        if (requestId != null) {
            options.putHeader(RequestId.HEADER, requestId);
        }
        client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> read(upstream, response, body)))
                .onComplete(done -> {
                    vertx.cancelTimer(timer);
                    if (done.succeeded()) {
                        result.tryComplete(done.result());
                    } else {
                        result.tryFail(done.cause());
                    }
                });
        return result.future();
    }

    private Reply read(Upstream upstream, HttpClientResponse response, Buffer body) {
        int status = response.statusCode();
        if (UpstreamGuards.isFailure(status)) {
            throw new IllegalStateException("HTTP " + status);
        }
        if (body == null || body.length() == 0) {
            return new Reply(upstream.name(), status, null);
        }
        try {
            return new Reply(upstream.name(), status, mapper.readTree(body.getBytes()));
        } catch (IOException e) {
            if (status >= 200 && status < 300) {
                throw new NotJson(upstream.name() + " answered something that is not JSON");
            }
            return new Reply(upstream.name(), status, null);
        }
    }

    /** The service answered, but not with JSON: it is well, so not a reason to open its circuit. */
    private static final class NotJson extends NotAnUpstreamFailure {
        NotJson(String message) {
            super(message, null);
        }
    }
}
