package org.mentorship.gateway.me;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.fanout.ServiceCalls;
import org.mentorship.gateway.fanout.ServiceCalls.Reply;

/**
 * Everything the program holds about the caller, in one bundle: each service's {@code GET /api/v1/me/data}, asked
 * in parallel with the caller's token. An export is complete or not given: if any service does not answer with
 * its data, the bundle is not made and the services missing are named.
 */
@ApplicationScoped
public class PersonalExport {

    static final String DATA = "/api/v1/me/data";

    /** The bundle, or (bundle null) the services that did not answer. */
    public record Outcome(ObjectNode bundle, List<String> missing) {}

    private final ServiceCalls calls;
    private final ObjectMapper mapper;
    private final Duration timeout;

    PersonalExport(ServiceCalls calls, ObjectMapper mapper, GatewayConfig config) {
        this.calls = calls;
        this.mapper = mapper;
        this.timeout = config.export().timeout();
    }

    public Future<Outcome> export(String personId, String authorization, String requestId) {
        return calls.askEach(ServiceCalls.PERSON_SERVICES, HttpMethod.GET, DATA, authorization, requestId, timeout)
                .map(replies -> bundle(personId, replies, Instant.now()));
    }

    Outcome bundle(String personId, List<Reply> replies, Instant now) {
        List<String> missing = new ArrayList<>();
        ObjectNode bundle = mapper.createObjectNode();
        bundle.put("exportedAt", now.toString());
        bundle.put("personId", personId);
        ObjectNode services = bundle.putObject("services");
        for (int i = 0; i < ServiceCalls.PERSON_SERVICES.size(); i++) {
            String service = ServiceCalls.PERSON_SERVICES.get(i);
            Reply reply = replies.get(i);
            if (reply == null
                    || reply.status() != 200
                    || reply.body() == null
                    || !reply.body().isObject()) {
                missing.add(service);
            } else {
                services.set(service, reply.body());
            }
        }
        return missing.isEmpty() ? new Outcome(bundle, List.of()) : new Outcome(null, List.copyOf(missing));
    }
}
