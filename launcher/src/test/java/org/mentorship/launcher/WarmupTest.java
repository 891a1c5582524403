package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void callsTheDashboardWithTheTokenAndSaysHowLongItTook() throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer gateway = gateway(200, seen);
        try {
            var took =
                    Warmup.dashboard("http://localhost:" + gateway.getAddress().getPort(), "t0k3n");
            assertTrue(took.isPresent());
            assertEquals(List.of("GET /api/v1/me/dashboard Bearer t0k3n"), seen);
        } finally {
            gateway.stop(0);
        }
    }

    @Test
    void aRefusalOrNoGatewayIsNoFigure() throws IOException {
        HttpServer gateway = gateway(503, new CopyOnWriteArrayList<>());
        int port = gateway.getAddress().getPort();
        try {
            assertTrue(Warmup.dashboard("http://localhost:" + port, "t").isEmpty());
        } finally {
            gateway.stop(0);
        }
        assertTrue(Warmup.dashboard("http://localhost:" + port, "t").isEmpty());
    }

    private static HttpServer gateway(int status, List<String> seen) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }
}
