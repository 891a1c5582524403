package org.mentorship.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.proxy.NotAnUpstreamFailure;
import org.mentorship.gateway.proxy.RouteTable;
import org.mentorship.gateway.proxy.Upstream;
import org.mentorship.gateway.proxy.UpstreamGuard;
import org.mentorship.gateway.proxy.UpstreamGuards;
import org.mentorship.gateway.security.Caller;
import org.mentorship.platform.web.RequestId;

/**
 * A person's whole picture in one call: {@code GET /api/v1/me/summary} of every service, asked in parallel with
 * the caller's own token (each service decides what this person may see). A service that is down, slow or
 * failing leaves its part null and is named in {@code unavailable}; the rest still comes back.
 */
@ApplicationScoped
public class DashboardService {

    /** A part of the dashboard and the service that owns it. */
    record Part(String field, String service) {}

    static final List<Part> PARTS = List.of(
            new Part("applications", "application"),
            new Part("mentorship", "evaluation"),
            new Part("stipends", "stipend"),
            new Part("certificate", "certificate"));

    private static final Logger LOG = Logger.getLogger(DashboardService.class);
    private static final String SUMMARY_URI = "/api/v1/me/summary";

    private final HttpClient client;
    private final Vertx vertx;
    private final ObjectMapper mapper;
    private final UpstreamGuards guards;
    private final Map<String, Upstream> upstreams;
    private final long timeoutMillis;

    DashboardService(
            HttpClient client,
            Vertx vertx,
            ObjectMapper mapper,
            UpstreamGuards guards,
            RouteTable routes,
            GatewayConfig config) {
        this.client = client;
        this.vertx = vertx;
        this.mapper = mapper;
        this.guards = guards;
        this.upstreams = routes.upstreams().stream().collect(Collectors.toMap(Upstream::name, Function.identity()));
        this.timeoutMillis = config.dashboard().timeout().toMillis();
    }

    public Future<ObjectNode> dashboard(Caller caller, String authorization, String requestId) {
        List<Future<JsonNode>> parts = PARTS.stream()
                .map(part -> summary(upstreams.get(part.service()), authorization, requestId))
                .toList();
        // Every part future succeeds (null when unavailable), so this waits for all and never fails.
        return Future.join(parts).map(all -> compose(caller, parts));
    }

    private ObjectNode compose(Caller caller, List<Future<JsonNode>> parts) {
        ObjectNode dashboard = mapper.createObjectNode();
        dashboard.put("user", caller.subject());
        ArrayNode roles = dashboard.putArray("roles");
        caller.roles().stream().sorted().forEach(roles::add);
        ArrayNode unavailable = mapper.createArrayNode();
        for (int i = 0; i < PARTS.size(); i++) {
            JsonNode summary = parts.get(i).result();
            dashboard.set(PARTS.get(i).field(), summary);
            if (summary == null) {
                unavailable.add(PARTS.get(i).service());
            }
        }
        dashboard.set("unavailable", unavailable);
        return dashboard;
    }

    /** One service's summary, or null if it is not configured, its circuit is open, or it fails or is too slow. */
    private Future<JsonNode> summary(Upstream upstream, String authorization, String requestId) {
        if (upstream == null) {
            return Future.succeededFuture(null);
        }
        UpstreamGuard guard = guards.of(upstream);
        if (!guard.tryEnter()) {
            // The service has all the calls it is given: its part is unavailable rather than queued.
            return Future.succeededFuture(null);
        }
        return guard.call(() -> fetch(upstream, authorization, requestId))
                .onComplete(done -> guard.leave())
                .recover(failure -> {
                    if (!UpstreamGuard.isCircuitOpen(failure)) {
                        LOG.warnf("Dashboard: %s summary unavailable: %s", upstream.name(), failure.getMessage());
                    }
                    return Future.succeededFuture(null);
                });
    }

    private Future<JsonNode> fetch(Upstream upstream, String authorization, String requestId) {
        Promise<JsonNode> result = Promise.promise();
        // The idle timeout only notices silence; this deadline also bounds a service that trickles its answer.
        long timer = vertx.setTimer(
                timeoutMillis,
                id -> result.tryFail(new TimeoutException("no summary within " + timeoutMillis + " ms")));
        client.request(upstream.requestOptions()
                        .setMethod(HttpMethod.GET)
                        .setURI(SUMMARY_URI)
                        .setConnectTimeout(timeoutMillis)
                        .setIdleTimeout(timeoutMillis)
                        .putHeader(HttpHeaders.AUTHORIZATION, authorization)
                        .putHeader(HttpHeaders.ACCEPT, "application/json")
                        .putHeader(RequestId.HEADER, requestId))
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

    private JsonNode read(Upstream upstream, HttpClientResponse response, Buffer body) {
        int status = response.statusCode();
        if (status != 200) {
            if (UpstreamGuards.isFailure(status)) {
                throw new IllegalStateException("HTTP " + status);
            }
            // The service is well but refused or did not understand: not a reason to open its circuit.
            throw new NotASummary("HTTP " + status);
        }
        try {
            return mapper.readTree(body.getBytes());
        } catch (IOException e) {
            throw new NotASummary(upstream.name() + " answered something that is not JSON");
        }
    }

    /** The service answered, but not with a summary: it is well, so not a reason to open its circuit. */
    private static final class NotASummary extends NotAnUpstreamFailure {
        NotASummary(String message) {
            super(message, null);
        }
    }
}
