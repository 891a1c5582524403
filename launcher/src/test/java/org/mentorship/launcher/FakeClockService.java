package org.mentorship.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for one service's clock control (the platform's ClockControl), so the launcher's side is tested
 * without building the services: it checks the bearer token against the local run's public key and the
 * coordinator role, as the services do, and answers as Quarkus's Jackson does (offset as decimal seconds).
 */
final class FakeClockService implements AutoCloseable {

    private static final Pattern BY = Pattern.compile("\"by\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final Path publicKey;
    private volatile Duration offset = Duration.ZERO;
    private volatile boolean clockControlEnabled = true;
    private volatile boolean advanceFails;
    final List<String> advanceBodies = new CopyOnWriteArrayList<>();
    final List<String> tokenPayloads = new CopyOnWriteArrayList<>();

    FakeClockService(int port, Path publicKey) throws IOException {
        this.publicKey = publicKey;
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/api/v1/clock", this::handle);
        server.start();
    }

    /** As a service started without MENTORSHIP_CLOCK_CONTROL_ENABLED: 404. */
    FakeClockService disabled() {
        clockControlEnabled = false;
        return this;
    }

    /** Reads its clock, but fails to move it (as a service crashing mid-request would). */
    FakeClockService failingAdvance() {
        advanceFails = true;
        return this;
    }

    Duration offset() {
        return offset;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String payload = verifiedPayload(exchange.getRequestHeaders().getFirst("Authorization"));
            if (payload == null) {
                respond(exchange, 401, "");
                return;
            }
            tokenPayloads.add(payload);
            if (!payload.contains("\"groups\":[\"coordinator\"]")) {
                respond(exchange, 403, "{\"title\":\"Forbidden\"}");
                return;
            }
            if (!clockControlEnabled) {
                respond(exchange, 404, "{\"title\":\"Not found\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.equals("/api/v1/clock/advance")) {
                if (advanceFails) {
                    respond(exchange, 500, "{\"title\":\"Internal Server Error\"}");
                    return;
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                advanceBodies.add(body);
                Matcher by = BY.matcher(body);
                if (!by.find()) {
                    respond(exchange, 400, "{\"title\":\"Bad request\"}");
                    return;
                }
                offset = offset.plus(Duration.parse(by.group(1)));
            } else if (!(exchange.getRequestMethod().equals("GET") && path.equals("/api/v1/clock"))) {
                respond(exchange, 405, "");
                return;
            }
            respond(
                    exchange,
                    200,
                    "{\"now\":\"" + Instant.now().plus(offset) + "\",\"offset\":" + offset.getSeconds() + "."
                            + String.format("%09d", offset.getNano()) + "}");
        }
    }

    /** The token's payload JSON if its RS256 signature verifies with the local run's public key, else null. */
    private String verifiedPayload(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        try {
            String base64 = Files.readString(publicKey)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return null;
            }
            return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        } catch (Exception e) {
            return null;
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
