package org.mentorship.launcher;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running services' program clocks, read and moved through each service's own clock control
 * ({@code GET /api/v1/clock}, {@code POST /api/v1/clock/advance}, coordinators only, enabled in the local run by
 * MENTORSHIP_CLOCK_CONTROL_ENABLED). The services are called directly, not through the gateway.
 *
 * <p>Each service keeps its own offset, so they only stay in step if every advance reaches all of them: an advance
 * first checks that every service answers and accepts the token (a read), and only then moves them.
 */
final class ProgramClocks {

    static final String PATH = "/api/v1/clock";

    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");
    /** Jackson writes a Duration as seconds ("1209600.000000000") by default, as ISO text ("PT336H") if told to. */
    private static final Pattern OFFSET = Pattern.compile("\"offset\"\\s*:\\s*(?:\"([^\"]+)\"|(-?[0-9][0-9.eE+-]*))");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final Map<String, Integer> ports;
    private final Supplier<String> coordinatorToken;

    /**
     * @param ports            each service's HTTP port, in the order results are reported
     * @param coordinatorToken called once per read or advance, after the services are known to be listening
     */
    ProgramClocks(Map<String, Integer> ports, Supplier<String> coordinatorToken) {
        this.ports = new LinkedHashMap<>(ports);
        this.coordinatorToken = coordinatorToken;
    }

    List<ClockReading> read() {
        requireListening();
        return read(coordinatorToken.get());
    }

    /** Moves every service's clock forward by {@code by} (positive); all of them or, as far as can be checked, none. */
    List<ClockReading> advance(Duration by) {
        if (by.isZero() || by.isNegative()) {
            throw new IllegalArgumentException(
                    "The program clock only moves forward: give a positive duration, e.g. P14D");
        }
        requireListening();
        String token = coordinatorToken.get();
        try {
            read(token); // every service answers and accepts the token: nothing has moved yet if one does not
        } catch (LaunchException e) {
            throw new LaunchException(e.getMessage() + "; no clock was moved");
        }
        List<ClockReading> moved = new ArrayList<>();
        for (String service : ports.keySet()) {
            try {
                moved.add(call(service, post(token, service, "/advance", "{\"by\":\"" + by + "\"}")));
            } catch (Refusal refusal) {
                List<String> names = moved.stream().map(ClockReading::service).toList();
                throw new LaunchException(service + ": " + refusal.reason
                        + (names.isEmpty()
                                ? "; no clock was moved"
                                : "; the clocks of " + String.join(", ", names)
                                        + " were already moved, the others were not"));
            }
        }
        return moved;
    }

    /**
     * An ISO 8601 duration ({@code P14D}, {@code PT6H}, {@code P1DT12H}), or a period of weeks or days ({@code P2W}).
     * Months and years are refused: they have no fixed length.
     */
    static Duration parse(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException notADuration) {
            try {
                Period period = Period.parse(value);
                if (period.getYears() == 0 && period.getMonths() == 0) {
                    return Duration.ofDays(period.getDays());
                }
                throw new IllegalArgumentException(
                        "'" + text + "' has months or years, which have no fixed length; give days, e.g. P30D");
            } catch (DateTimeParseException notAPeriod) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not an ISO 8601 duration; e.g. P14D (14 days), PT6H, P1DT12H, P2W");
            }
        }
    }

    /** "14d", "1d 12h", "6h 30m", "0": how far ahead of real time, for people. */
    static String describe(Duration offset) {
        if (offset.isZero()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        Duration value = offset.abs();
        if (value.toDays() > 0) {
            parts.add(value.toDays() + "d");
        }
        if (value.toHoursPart() > 0) {
            parts.add(value.toHoursPart() + "h");
        }
        if (value.toMinutesPart() > 0) {
            parts.add(value.toMinutesPart() + "m");
        }
        if (parts.isEmpty() || value.toSecondsPart() > 0) {
            parts.add(value.toSecondsPart() + "s");
        }
        return (offset.isNegative() ? "-" : "") + String.join(" ", parts);
    }

    private void requireListening() {
        List<String> silent = new ArrayList<>();
        ports.forEach((service, port) -> {
            if (!Net.isListening(port)) {
                silent.add(service + " (port " + port + ")");
            }
        });
        if (silent.size() == ports.size()) {
            throw new LaunchException("the system is not up: nothing listens on " + String.join(", ", silent)
                    + ". Start it with ./mentorship up (same MENTORSHIP_HOME and ports as here)");
        }
        if (!silent.isEmpty()) {
            throw new LaunchException("not every service is up: nothing listens on " + String.join(", ", silent)
                    + "; no clock was read or moved (./mentorship status shows what runs)");
        }
    }

    private List<ClockReading> read(String token) {
        List<ClockReading> readings = new ArrayList<>();
        // The same reason for several services (all 404, say) is said once, naming them all.
        Map<String, List<String>> refusals = new LinkedHashMap<>();
        for (String service : ports.keySet()) {
            try {
                readings.add(call(service, get(token, service)));
            } catch (Refusal refusal) {
                refusals.computeIfAbsent(refusal.reason, reason -> new ArrayList<>())
                        .add(service);
            }
        }
        if (!refusals.isEmpty()) {
            List<String> lines = new ArrayList<>();
            refusals.forEach((reason, services) -> lines.add(String.join(", ", services) + ": " + reason));
            throw new LaunchException(String.join("; ", lines));
        }
        return readings;
    }

    private HttpRequest get(String token, String service) {
        return request(service, "", token).GET().build();
    }

    private HttpRequest post(String token, String service, String path, String json) {
        return request(service, path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest.Builder request(String service, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(service) + PATH + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    private ClockReading call(String service, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Refusal(
                    "did not answer " + request.method() + " " + request.uri().getPath() + " (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while calling " + service + "'s clock");
        }
        if (response.statusCode() != 200) {
            throw new Refusal(refusal(response));
        }
        return reading(service, response.body());
    }

    private static String refusal(HttpResponse<String> response) {
        String call =
                response.request().method() + " " + response.request().uri().getPath();
        return switch (response.statusCode()) {
            case 401 ->
                "refused the coordinator token on " + call + " (401): the services trust the token key of the"
                        + " home they were started with; is MENTORSHIP_HOME the one `up` used?";
            case 403 -> "refused the coordinator token on " + call + " (403)";
            case 404 ->
                "no program clock control (" + call + " answered 404): running without"
                        + " MENTORSHIP_CLOCK_CONTROL_ENABLED=true, or from a build older than the clock control;"
                        + " rebuild and restart (./mentorship down, then up)";
            default -> "answered " + response.statusCode() + " to " + call + ": " + abbreviate(response.body());
        };
    }

    private static ClockReading reading(String service, String body) {
        Matcher now = NOW.matcher(body);
        Matcher offset = OFFSET.matcher(body);
        if (!now.find() || !offset.find()) {
            throw new Refusal("answered a clock without \"now\" and \"offset\": " + abbreviate(body));
        }
        try {
            Duration moved = offset.group(1) != null ? Duration.parse(offset.group(1)) : seconds(offset.group(2));
            return new ClockReading(service, Instant.parse(now.group(1)), moved);
        } catch (RuntimeException e) {
            throw new Refusal("answered a clock that cannot be read (" + e.getMessage() + "): " + abbreviate(body));
        }
    }

    private static Duration seconds(String decimal) {
        BigDecimal value = new BigDecimal(decimal);
        long whole = value.longValue();
        long nanos = value.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Duration.ofSeconds(whole, nanos);
    }

    /** Why one service did not give its clock; said with the service's name by whoever collects them. */
    private static final class Refusal extends RuntimeException {
        final String reason;

        Refusal(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
