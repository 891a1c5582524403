package org.mentorship.gateway.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.gateway.testing.SignedIn.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.platform.web.RequestId;

/**
 * The production log lines: with the console's JSON format on (as in the prod profile), a request's log line is
 * one JSON object naming the service and, in its MDC, the request id. Formatted by the console handler's own
 * formatter, the one Quarkus configured from quarkus.log.console.json.*.
 */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
@TestProfile(JsonLogLinesTest.ProductionJson.class)
class JsonLogLinesTest {

    /** Tests turn JSON off with a %test key, so the override names the profile too. */
    public static class ProductionJson implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.log.console.json.enabled", "true");
        }
    }

    @Test
    void aRequestsLogLineIsJsonWithTheServiceAndTheRequestId() throws Exception {
        Formatter console = consoleFormatter().orElseThrow(() -> new AssertionError("no console handler found"));
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(console.format(record)); // on the request's own thread, where its MDC is
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger("org.mentorship.gateway");
        logger.addHandler(capture);
        try {
            // The stipend service is down: the gateway logs one warning for this request.
            given().header(RequestId.HEADER, "json-check-3")
                    .get("/api/v1/stipends")
                    .then()
                    .statusCode(502);
        } finally {
            logger.removeHandler(capture);
        }

        assertFalse(lines.isEmpty(), "the failure was logged");
        String line = lines.get(0);
        assertEquals(1, line.strip().lines().count(), "one line per record: " + line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("gateway", json.path("service").asText(), line);
        assertEquals("json-check-3", json.path("mdc").path("requestId").asText(), line);
        assertEquals("WARN", json.path("level").asText(), line);
        assertTrue(json.path("message").asText().contains("/api/v1/stipends"), line);
    }

    private static Optional<Formatter> consoleFormatter() {
        List<Handler> handlers = new ArrayList<>(List.of(Logger.getLogger("").getHandlers()));
        while (!handlers.isEmpty()) {
            Handler handler = handlers.remove(0);
            if (handler.getFormatter() != null
                    && handler.getFormatter().getClass().getName().contains("Json")) {
                return Optional.of(handler.getFormatter());
            }
            if (handler instanceof ExtHandler ext) {
                handlers.addAll(List.of(ext.getHandlers()));
            }
        }
        return Optional.empty();
    }
}
