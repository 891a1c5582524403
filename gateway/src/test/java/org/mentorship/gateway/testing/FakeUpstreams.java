package org.mentorship.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP services for the gateway to talk to, each on a random port:
 * application and evaluation echo what they receive, certificate answers too late, stipend is down.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    /** Longer than the gateway's %test upstream timeout (1s), so the gateway gives up first. */
    public static final long SLOW_MILLIS = 3000;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int application = listen(new EchoUpstream("application", OpenApiDocuments.application()));
        int evaluation = listen(new EchoUpstream("evaluation", OpenApiDocuments.evaluation()));
        int certificate = listen(
                request -> vertx.setTimer(SLOW_MILLIS, t -> request.response().end("too late")));
        return Map.of(
                "mentorship.gateway.services.application.url", "http://localhost:" + application,
                "mentorship.gateway.services.evaluation.url", "http://localhost:" + evaluation,
                "mentorship.gateway.services.certificate.url", "http://localhost:" + certificate,
                "mentorship.gateway.services.stipend.url", "http://localhost:" + closedPort(),
                "mentorship.gateway.services.webhook.url",
                        "http://localhost:" + listen(new EchoUpstream("webhook", new JsonObject())));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage());
        }
    }

    private int listen(Handler<HttpServerRequest> handler) {
        return await(vertx.createHttpServer().requestHandler(handler).listen(0).toCompletionStage())
                .actualPort();
    }

    /** A port nothing listens on, so connecting is refused at once. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake upstream did not start or stop", e);
        }
    }
}
