package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `./mentorship dead-letters list|replay` against stand-ins for the services' dead-letter endpoints (the platform's
 * DeadLetterResource, tested for real in the services): each service is asked with an ops token, its dead letters
 * are printed, and a replay names the service's answer.
 */
class DeadLetterCommandTest {

    private static final String ID = "0b7e4d7a-3f0c-4c55-9d3e-7f5d2a1b9c01";
    private static final String LETTER = "{\"id\":\"" + ID + "\",\"consumer\":\"stipend-service.evaluation-events\","
            + "\"eventId\":\"5f0c\",\"eventType\":\"EvaluationPassed\",\"reason\":\"MalformedEventException: not\\njson\","
            + "\"deadLetteredAt\":\"2026-12-01T20:00:00.123Z\",\"replayedAt\":%s,\"replayedBy\":%s,\"replayOutcome\":%s}";

    @TempDir
    Path home;

    private final Ports ports = Ports.findFree();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void listShowsEachServicesDeadLettersAndReplayReportsTheOutcome() throws Exception {
        startServices();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertEquals(
                0, Main.run(new String[] {"dead-letters", "list"}, print(out), print(err), environment()), text(err));
        String listed = text(out);
        assertTrue(
                listed.contains("stipend-service")
                        && listed.contains(ID)
                        && listed.contains("EvaluationPassed")
                        && listed.contains("MalformedEventException: not json"),
                listed);
        assertEquals(
                Components.PROGRAM_SERVICES.size(),
                calls.stream().filter(c -> c.startsWith("GET")).count(),
                calls.toString());

        out.reset();
        assertEquals(
                0,
                Main.run(
                        new String[] {"dead-letters", "replay", "stipend-service", ID},
                        print(out),
                        print(err),
                        environment()),
                text(err));
        assertTrue(text(out).contains("APPLIED") && text(out).contains("launcher-ops"), text(out));
        assertTrue(calls.contains("POST /api/v1/dead-letters/" + ID + "/replay ops"), calls.toString());
    }

    @Test
    void aBadIdOrServiceIsAUsageError() throws Exception {
        startServices();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(
                2,
                Main.run(
                        new String[] {"dead-letters", "replay", "stipend-service", "nope"},
                        print(new ByteArrayOutputStream()),
                        print(err),
                        environment()));
        assertEquals(
                2,
                Main.run(
                        new String[] {"dead-letters", "replay", "gateway", ID},
                        print(new ByteArrayOutputStream()),
                        print(err),
                        environment()));
        assertEquals(
                2,
                Main.run(new String[] {"dead-letters"}, print(new ByteArrayOutputStream()), print(err), environment()));
        assertTrue(text(err).contains("Usage: ./mentorship dead-letters"), text(err));
    }

    private void startServices() throws IOException {
        LocalSystem.builder()
                .home(home)
                .ports(ports)
                .build()
                .token("setup", "ops"); // the home's token key, as `up` makes it
        for (String service : Components.PROGRAM_SERVICES) {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", ports.of(service)), 0);
            server.createContext(DeadLetterClient.PATH, exchange -> answer(service, exchange));
            server.start();
            servers.add(server);
        }
    }

    private void answer(String service, HttpExchange exchange) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                + (claims.contains("\"ops\"") ? " ops" : ""));
        boolean stipend = service.equals("stipend-service");
        String body = exchange.getRequestMethod().equals("POST")
                ? LETTER.formatted("\"2026-12-01T20:05:00Z\"", "\"launcher-ops\"", "\"APPLIED\"")
                : "{\"items\":[" + (stipend ? LETTER.formatted("null", "null", "null") : "")
                        + "],\"page\":0,\"size\":100," + "\"total\":" + (stipend ? 1 : 0) + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MENTORSHIP_HOME", home.toString());
        for (String service : Components.PROGRAM_SERVICES) {
            env.put(Ports.ENVIRONMENT.get(service), Integer.toString(ports.of(service)));
        }
        return env;
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
