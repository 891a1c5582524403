package org.mentorship.gateway.testing;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * A service that answers every API call with what it received (method, path, query, headers, body), so tests
 * can see exactly what the gateway forwarded. It also serves an OpenAPI document and a readiness endpoint.
 */
final class EchoUpstream implements Handler<HttpServerRequest> {

    private final String name;
    private final JsonObject openapi;

    EchoUpstream(String name, JsonObject openapi) {
        this.name = name;
        this.openapi = openapi;
    }

    @Override
    public void handle(HttpServerRequest request) {
        switch (request.path()) {
            case "/q/openapi" -> json(request, 200, openapi);
            case "/q/health/ready" -> json(request, 200, new JsonObject().put("status", "UP"));
            default ->
                request.body().onSuccess(body -> {
                    if (request.path().endsWith("/missing")) {
                        // The service's own error must reach the client untouched.
                        request.response()
                                .setStatusCode(404)
                                .putHeader("Content-Type", "application/problem+json")
                                .end(new JsonObject()
                                        .put("type", "https://mentorship.example.org/problems/not-found")
                                        .put("status", 404)
                                        .put("detail", "missing in " + name)
                                        .encode());
                        return;
                    }
                    JsonObject headers = new JsonObject();
                    request.headers()
                            .forEach(h -> headers.put(
                                    h.getKey().toLowerCase(),
                                    request.headers().getAll(h.getKey()).size() == 1
                                            ? h.getValue()
                                            : String.join(
                                                    ", ", request.headers().getAll(h.getKey()))));
                    // Like a real service, it echoes the request id; the gateway must not end up sending two.
                    String requestId = request.getHeader("X-Request-Id");
                    if (requestId != null) {
                        request.response().putHeader("X-Request-Id", requestId);
                    }
                    request.response().putHeader("X-Upstream", name);
                    json(
                            request,
                            200,
                            new JsonObject()
                                    .put("service", name)
                                    .put("method", request.method().name())
                                    .put("path", request.path())
                                    .put("query", request.query())
                                    .put("headers", headers)
                                    .put("body", body.toString()));
                });
        }
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.encode());
    }
}
