package org.mentorship.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The five services with the platform's /api/v1/me/notices (and /read) and /api/v1/me/data, each with a few notices
 * of its own ({@link #NOTICES}); the service named by the init argument {@code down} listens nowhere.
 */
public class PersonServices implements QuarkusTestResourceLifecycleManager {

    /** A notice as a service's page lists it. */
    public record Notice(String id, String service, String createdAt, String readAt) {}

    public static final List<Notice> NOTICES = List.of(
            new Notice("00000000-0000-4000-8000-000000000001", "application", "2026-07-10T10:00:00Z", null),
            new Notice("00000000-0000-4000-8000-000000000002", "evaluation", "2026-07-10T12:00:00Z", null),
            new Notice(
                    "00000000-0000-4000-8000-000000000003",
                    "evaluation",
                    "2026-07-10T09:00:00Z",
                    "2026-07-10T09:30:00Z"),
            new Notice("00000000-0000-4000-8000-000000000004", "stipend", "2026-07-10T11:00:00Z", null),
            new Notice("00000000-0000-4000-8000-000000000005", "certificate", "2026-07-10T08:00:00Z", null));

    private Vertx vertx;
    private String down = "";

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault("down", "");
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> urls = new HashMap<>();
        for (String service : List.of("application", "evaluation", "stipend", "certificate", "webhook")) {
            int port = service.equals(down) ? closedPort() : listen(new Service(service));
            urls.put("mentorship.gateway.services." + service + ".url", "http://localhost:" + port);
        }
        return urls;
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

    /** One service: its notices (newest first, as the platform pages them), marking read, and its data. */
    private static final class Service implements Handler<HttpServerRequest> {

        private final String name;

        Service(String name) {
            this.name = name;
        }

        @Override
        public void handle(HttpServerRequest request) {
            String path = request.path();
            if (path.equals("/q/openapi")) {
                json(request, 200, document());
            } else if (path.equals("/q/health/ready")) {
                json(request, 200, new JsonObject().put("status", "UP"));
            } else if (request.getHeader("Authorization") == null) {
                json(request, 401, new JsonObject().put("status", 401));
            } else if (path.equals("/api/v1/me/notices")) {
                boolean unread = "true".equals(request.getParam("unread"));
                int size = Integer.parseInt(request.getParam("size", "20"));
                JsonArray items = new JsonArray();
                NOTICES.stream()
                        .filter(n -> n.service().equals(name) && (!unread || n.readAt() == null))
                        .sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
                        .limit(size)
                        .forEach(n -> items.add(new JsonObject()
                                .put("id", n.id())
                                .put("kind", "payment")
                                .put("subject", "from " + name)
                                .put("text", "text")
                                .put("channel", "email")
                                .put("createdAt", n.createdAt())
                                .put("readAt", n.readAt())));
                json(
                        request,
                        200,
                        new JsonObject()
                                .put("items", items)
                                .put("page", 0)
                                .put("size", size)
                                .put("total", items.size()));
            } else if (path.startsWith("/api/v1/me/notices/") && path.endsWith("/read")) {
                String id = path.substring("/api/v1/me/notices/".length(), path.length() - "/read".length());
                boolean mine = NOTICES.stream().anyMatch(n -> n.service().equals(name) && n.id().equals(id));
                if (mine) {
                    request.response().setStatusCode(204).end();
                } else {
                    request.response()
                            .setStatusCode(404)
                            .putHeader("Content-Type", "application/problem+json")
                            .end(new JsonObject().put("status", 404).encode());
                }
            } else if (path.equals("/api/v1/me/data")) {
                json(
                        request,
                        200,
                        new JsonObject().put("service", name).put("authorization", request.getHeader("Authorization")));
            } else {
                json(request, 404, new JsonObject().put("status", 404));
            }
        }

        /** The service's document names its /me resources, which the gateway must not publish (it does not route them). */
        private JsonObject document() {
            JsonObject ok = new JsonObject()
                    .put("responses", new JsonObject().put("200", new JsonObject().put("description", "OK")));
            return new JsonObject()
                    .put("openapi", "3.1.0")
                    .put("info", new JsonObject().put("title", name).put("version", "1"))
                    .put(
                            "paths",
                            new JsonObject()
                                    .put(
                                            "/api/v1/me/notices",
                                            new JsonObject()
                                                    .put("get", ok.copy().put("operationId", "listMyNotices")))
                                    .put(
                                            "/api/v1/me/data",
                                            new JsonObject()
                                                    .put("get", ok.copy().put("operationId", "getMyData"))));
        }

        private static void json(HttpServerRequest request, int status, JsonObject body) {
            request.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .end(body.encode());
        }
    }
}
