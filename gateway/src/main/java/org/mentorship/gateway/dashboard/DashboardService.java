package org.mentorship.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.fanout.ServiceCalls;
import org.mentorship.gateway.fanout.ServiceCalls.Reply;
import org.mentorship.gateway.security.Caller;

/**
 * A person's whole picture in one call: {@code GET /api/v1/me/summary} of every service, asked in parallel with
 * the caller's own token ({@link ServiceCalls}). A service that is down, slow or failing leaves its part null and
 * is named in {@code unavailable}; the rest still comes back.
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

    private final ServiceCalls calls;
    private final ObjectMapper mapper;
    private final Duration timeout;

    DashboardService(ServiceCalls calls, ObjectMapper mapper, GatewayConfig config) {
        this.calls = calls;
        this.mapper = mapper;
        this.timeout = config.dashboard().timeout();
    }

    public Future<ObjectNode> dashboard(Caller caller, String authorization, String requestId) {
        List<String> services = PARTS.stream().map(Part::service).toList();
        return calls.askEach(services, HttpMethod.GET, SUMMARY_URI, authorization, requestId, timeout)
                .map(replies -> compose(caller, replies));
    }

    private ObjectNode compose(Caller caller, List<Reply> replies) {
        ObjectNode dashboard = mapper.createObjectNode();
        dashboard.put("user", caller.subject());
        ArrayNode roles = dashboard.putArray("roles");
        caller.roles().stream().sorted().forEach(roles::add);
        ArrayNode unavailable = mapper.createArrayNode();
        for (int i = 0; i < PARTS.size(); i++) {
            JsonNode summary = summary(replies.get(i));
            dashboard.set(PARTS.get(i).field(), summary);
            if (summary == null) {
                unavailable.add(PARTS.get(i).service());
            }
        }
        dashboard.set("unavailable", unavailable);
        return dashboard;
    }

    /** The service's summary; null when it did not answer, or refused (it is well: its circuit stays closed). */
    private static JsonNode summary(Reply reply) {
        if (reply == null) {
            return null;
        }
        if (reply.status() != 200 || reply.body() == null) {
            LOG.warnf("Dashboard: %s summary unavailable: HTTP %d", reply.service(), reply.status());
            return null;
        }
        return reply.body();
    }
}
