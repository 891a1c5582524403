package org.mentorship.gateway.request;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorship.gateway.testing.SignedIn.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.testing.FakeUpstreams;
import org.mentorship.platform.web.RequestId;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class RequestIdLoggingTest {

    @Test
    void theGatewaysLogLinesCarryTheRequestId() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // Read while the record is being logged, on the request's own thread and context.
                if (record instanceof ExtLogRecord ext) {
                    seen.add(ext.getMdc(RequestId.MDC_KEY) + " " + ext.getFormattedMessage());
                }
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
            given().header(RequestId.HEADER, "log-check-7")
                    .get("/api/v1/stipends")
                    .then()
                    .statusCode(502);
        } finally {
            logger.removeHandler(capture);
        }
        assertFalse(seen.isEmpty(), "the failure was logged");
        assertTrue(
                seen.stream().anyMatch(line -> line.startsWith("log-check-7 ") && line.contains("/api/v1/stipends")),
                seen.toString());
    }
}
