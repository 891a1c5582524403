package org.mentorship.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Each running service's dead letters, listed and replayed through the service's own endpoints
 * ({@code GET /api/v1/dead-letters}, {@code POST /api/v1/dead-letters/{id}/replay}, coordinators and ops), called
 * directly, not through the gateway, with an ops token of the local run.
 */
public final class DeadLetterClient {

    static final String PATH = "/api/v1/dead-letters";

    /** One dead letter as a service lists it. */
    public record DeadLetter(
            String service,
            UUID id,
            String consumer,
            String eventId,
            String eventType,
            String reason,
            String deadLetteredAt,
            String replayedAt,
            String replayedBy,
            String replayOutcome) {}

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Integer> ports;
    private final Supplier<String> token;

    DeadLetterClient(Map<String, Integer> ports, Supplier<String> token) {
        this.ports = new LinkedHashMap<>(ports);
        this.token = token;
    }

    /** Every dead letter of the services (or only of {@code service}), newest first per service. */
    public List<DeadLetter> list(String service) {
        List<DeadLetter> all = new ArrayList<>();
        String bearer = token.get();
        for (String name : services(service)) {
            for (int page = 0; ; page++) {
                JsonNode body = call(
                        name,
                        HttpRequest.newBuilder(uri(name, "?size=100&page=" + page))
                                .GET(),
                        bearer,
                        200);
                body.path("items").forEach(item -> all.add(deadLetter(name, item)));
                if ((long) (page + 1) * 100 >= body.path("total").asLong()) {
                    break;
                }
            }
        }
        return all;
    }

    /** Replays one dead letter of {@code service}; the service answers what it came to. */
    public DeadLetter replay(String service, UUID id) {
        services(service);
        JsonNode body = call(
                service,
                HttpRequest.newBuilder(uri(service, "/" + id + "/replay")).POST(HttpRequest.BodyPublishers.noBody()),
                token.get(),
                200);
        return deadLetter(service, body);
    }

    private List<String> services(String service) {
        if (service == null) {
            return List.copyOf(ports.keySet());
        }
        if (!ports.containsKey(service)) {
            throw new IllegalArgumentException("'" + service + "' is not a service of this system: " + ports.keySet());
        }
        return List.of(service);
    }

    private URI uri(String service, String rest) {
        return URI.create("http://localhost:" + ports.get(service) + PATH + rest);
    }

    private static JsonNode call(String service, HttpRequest.Builder request, String bearer, int expected) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .build();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException(service + " did not answer " + built.method() + " "
                    + built.uri().getPath() + " (" + e + "); is it up? (./mentorship status)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while calling " + service);
        }
        if (response.statusCode() != expected) {
            throw new LaunchException(service + " answered " + response.statusCode() + " to " + built.method() + " "
                    + built.uri().getPath() + ": " + detail(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new LaunchException(service + " answered something that is not JSON: " + abbreviate(response.body()));
        }
    }

    /** A problem's detail (or title) when the body is one, else the body. */
    private static String detail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String text = problem.path("detail").asText(problem.path("title").asText(""));
            return text.isEmpty()
                    ? abbreviate(body)
                    : text + " (" + problem.path("type").asText() + ")";
        } catch (IOException e) {
            return abbreviate(body);
        }
    }

    private static DeadLetter deadLetter(String service, JsonNode n) {
        return new DeadLetter(
                service,
                UUID.fromString(n.path("id").asText()),
                text(n, "consumer"),
                text(n, "eventId"),
                text(n, "eventType"),
                text(n, "reason"),
                text(n, "deadLetteredAt"),
                text(n, "replayedAt"),
                text(n, "replayedBy"),
                text(n, "replayOutcome"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
