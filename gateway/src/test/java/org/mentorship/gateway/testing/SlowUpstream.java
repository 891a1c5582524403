package org.mentorship.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real HTTP server behind all four services: {@code .../slow} API calls are answered after {@link #SLOW_MILLIS},
 * every other API call at once. Control endpoints, called directly by the test: {@code POST /control/failing/true|false}
 * (answer API calls 503, as an overloaded service does), {@code GET /control/received} (slow calls received) and
 * {@code GET /control/gone} (slow calls whose connection closed before the answer: the gateway gave up on them) and
 * {@code GET /control/completed} (slow calls answered).
 */
public class SlowUpstream implements QuarkusTestResourceLifecycleManager {

    public static final long SLOW_MILLIS = 3000;

    private Vertx vertx;
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger gone = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = await(vertx.createHttpServer()
                        .requestHandler(this::handle)
                        .listen(0)
                        .toCompletionStage())
                .actualPort();
        String url = "http://localhost:" + port;
        return Map.of(
                "mentorship.gateway.services.application.url", url,
                "mentorship.gateway.services.evaluation.url", url,
                "mentorship.gateway.services.certificate.url", url,
                "mentorship.gateway.services.stipend.url", url);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage());
        }
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/control/failing/")) {
            failing.set(Boolean.parseBoolean(path.substring("/control/failing/".length())));
            request.response().end();
        } else if (path.startsWith("/control/")) {
            AtomicInteger counter = switch (path) {
                case "/control/received" -> received;
                case "/control/gone" -> gone;
                default -> completed;
            };
            request.response().end(Integer.toString(counter.get()));
        } else if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end("{}");
        } else if (failing.get()) {
            request.response()
                    .setStatusCode(503)
                    .putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject()
                            .put("type", "https://mentorship.example.org/problems/overloaded")
                            .put("status", 503)
                            .put("detail", "overloaded")
                            .encode());
        } else if (path.endsWith("/slow")) {
            received.incrementAndGet();
            request.response().closeHandler(v -> gone.incrementAndGet());
            vertx.setTimer(SLOW_MILLIS, t -> {
                if (!request.response().closed()) {
                    completed.incrementAndGet();
                    answer(request);
                }
            });
        } else {
            answer(request);
        }
    }

    private static void answer(HttpServerRequest request) {
        request.response()
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("path", request.path()).encode());
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Slow upstream did not start or stop", e);
        }
    }
}
