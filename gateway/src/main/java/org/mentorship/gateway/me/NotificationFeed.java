package org.mentorship.gateway.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mentorship.gateway.config.GatewayConfig;
import org.mentorship.gateway.fanout.ServiceCalls;
import org.mentorship.gateway.fanout.ServiceCalls.Reply;

/**
 * The caller's notifications from every service in one feed: each service's {@code GET /api/v1/me/notices} (the
 * platform's, newest first), merged newest first and cut to the size asked; each item names its service. A service
 * that does not answer is named in {@code missing} and the rest still comes back, as on the dashboard.
 */
@ApplicationScoped
public class NotificationFeed {

    static final String NOTICES = "/api/v1/me/notices";

    /** How marking one read went: read by the service that had it, or by none, and who did not answer. */
    public record ReadOutcome(boolean read, List<String> missing) {}

    private static final Comparator<JsonNode> NEWEST_FIRST = Comparator.comparing(NotificationFeed::createdAt)
            .reversed()
            .thenComparing(item -> item.path("service").asText())
            .thenComparing(item -> item.path("id").asText());

    private final ServiceCalls calls;
    private final ObjectMapper mapper;
    private final Duration timeout;

    NotificationFeed(ServiceCalls calls, ObjectMapper mapper, GatewayConfig config) {
        this.calls = calls;
        this.mapper = mapper;
        this.timeout = config.dashboard().timeout();
    }

    /** The newest {@code size} notices of every service (each asked for as many, so none is left out). */
    public Future<ObjectNode> feed(boolean unreadOnly, int size, String authorization, String requestId) {
        String uri = NOTICES + "?page=0&size=" + size + (unreadOnly ? "&unread=true" : "");
        return calls.askEach(ServiceCalls.PERSON_SERVICES, HttpMethod.GET, uri, authorization, requestId, timeout)
                .map(replies -> merge(mapper, ServiceCalls.PERSON_SERVICES, replies, size));
    }

    /**
     * Asks every service to mark the notice read: ids are UUIDs, so at most one has it. Read when one answered 2xx;
     * otherwise the services that did not answer (it may be theirs) are named.
     */
    public Future<ReadOutcome> markRead(UUID id, String authorization, String requestId) {
        String uri = NOTICES + "/" + id + "/read";
        return calls.askEach(ServiceCalls.PERSON_SERVICES, HttpMethod.POST, uri, authorization, requestId, timeout)
                .map(replies -> {
                    List<String> missing = new ArrayList<>();
                    for (int i = 0; i < replies.size(); i++) {
                        Reply reply = replies.get(i);
                        if (reply != null && reply.ok()) {
                            return new ReadOutcome(true, List.of());
                        }
                        // A 4xx is the service saying it has no such notice of the caller's; anything else is no
                        // answer.
                        if (reply == null || reply.status() < 400 || reply.status() >= 500) {
                            missing.add(ServiceCalls.PERSON_SERVICES.get(i));
                        }
                    }
                    return new ReadOutcome(false, missing);
                });
    }

    /** The feed from the services' pages (null where a service did not answer), newest first, at most size items. */
    static ObjectNode merge(ObjectMapper mapper, List<String> services, List<Reply> replies, int size) {
        List<JsonNode> items = new ArrayList<>();
        ArrayNode missing = mapper.createArrayNode();
        for (int i = 0; i < services.size(); i++) {
            Reply reply = replies.get(i);
            JsonNode page = reply == null || reply.status() != 200 ? null : reply.body();
            if (page == null || !page.path("items").isArray()) {
                missing.add(services.get(i));
                continue;
            }
            for (JsonNode item : page.get("items")) {
                if (item instanceof ObjectNode notice) {
                    ObjectNode copy = notice.deepCopy();
                    copy.put("service", services.get(i));
                    items.add(copy);
                }
            }
        }
        items.sort(NEWEST_FIRST);
        ObjectNode feed = mapper.createObjectNode();
        ArrayNode list = feed.putArray("items");
        items.stream().limit(size).forEach(list::add);
        feed.set("missing", missing);
        return feed;
    }

    private static Instant createdAt(JsonNode item) {
        try {
            return Instant.parse(item.path("createdAt").asText());
        } catch (DateTimeParseException e) {
            // A service's item without a readable time sorts last rather than failing the whole feed.
            return Instant.EPOCH;
        }
    }
}
