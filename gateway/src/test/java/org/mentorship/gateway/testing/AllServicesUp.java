package org.mentorship.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * All five services up and echoing. The stipend service can be told to fail (answer 503, as an overloaded service
 * does) over its own control endpoints, which the test calls directly:
 * {@code POST /control/failing/true|false} and {@code GET /control/calls} (API calls it received so far).
 */
public class AllServicesUp implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "mentorship.gateway.services.application.url",
                        url(new EchoUpstream("application", OpenApiDocuments.application())),
                "mentorship.gateway.services.evaluation.url",
                        url(new EchoUpstream("evaluation", OpenApiDocuments.evaluation())),
                "mentorship.gateway.services.certificate.url", url(new EchoUpstream("certificate", new JsonObject())),
                "mentorship.gateway.services.stipend.url",
                        url(new Switchable(new EchoUpstream("stipend", new JsonObject()))),
                "mentorship.gateway.services.webhook.url", url(new EchoUpstream("webhook", new JsonObject())));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage());
        }
    }

    private String url(Handler<HttpServerRequest> handler) {
        int port = await(vertx.createHttpServer()
                        .requestHandler(handler)
                        .listen(0)
                        .toCompletionStage())
                .actualPort();
        return "http://localhost:" + port;
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake upstream did not start or stop", e);
        }
    }

    /** Passes API calls to the echo, or answers 503 while failing; counts the API calls either way. */
    private static final class Switchable implements Handler<HttpServerRequest> {

        private final Handler<HttpServerRequest> delegate;
        private final AtomicBoolean failing = new AtomicBoolean();
        private final AtomicInteger calls = new AtomicInteger();

        Switchable(Handler<HttpServerRequest> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handle(HttpServerRequest request) {
            String path = request.path();
            if (path.startsWith("/control/failing/")) {
                failing.set(Boolean.parseBoolean(path.substring("/control/failing/".length())));
                request.response().end();
            } else if (path.equals("/control/calls")) {
                request.response().end(Integer.toString(calls.get()));
            } else if (!path.startsWith("/api/")) {
                delegate.handle(request);
            } else {
                calls.incrementAndGet();
                if (failing.get()) {
                    request.response()
                            .setStatusCode(503)
                            .putHeader("Content-Type", "application/problem+json")
                            .end(new JsonObject()
                                    .put("type", "https://mentorship.example.org/problems/overloaded")
                                    .put("status", 503)
                                    .put("detail", "stipend is overloaded")
                                    .encode());
                } else {
                    delegate.handle(request);
                }
            }
        }
    }
}
