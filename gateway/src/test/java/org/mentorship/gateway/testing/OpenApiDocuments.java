package org.mentorship.gateway.testing;

import io.vertx.core.json.JsonObject;

/** Tiny OpenAPI documents for the fake services; both define "Shared" to exercise the clash rule. */
final class OpenApiDocuments {

    private OpenApiDocuments() {}

    static JsonObject application() {
        return document("/api/v1/terms", "Term", "the application service's Shared");
    }

    static JsonObject evaluation() {
        return document("/api/v1/mentorships", "Mentorship", "the evaluation service's Shared");
    }

    private static JsonObject document(String path, String schema, String sharedDescription) {
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", schema + " service").put("version", "1"))
                .put(
                        "paths",
                        new JsonObject()
                                .put(
                                        path,
                                        new JsonObject()
                                                .put(
                                                        "get",
                                                        new JsonObject()
                                                                .put("operationId", "list" + schema)
                                                                .put(
                                                                        "responses",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "200",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "description",
                                                                                                        "OK")
                                                                                                .put(
                                                                                                        "content",
                                                                                                        new JsonObject()
                                                                                                                .put(
                                                                                                                        "application/json",
                                                                                                                        new JsonObject()
                                                                                                                                .put(
                                                                                                                                        "schema",
                                                                                                                                        new JsonObject()
                                                                                                                                                .put(
                                                                                                                                                        "$ref",
                                                                                                                                                        "#/components/schemas/"
                                                                                                                                                                + schema)))))))))
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "schemas",
                                        new JsonObject()
                                                .put(
                                                        schema,
                                                        new JsonObject()
                                                                .put("type", "object")
                                                                .put(
                                                                        "properties",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "shared",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "$ref",
                                                                                                        "#/components/schemas/Shared"))))
                                                .put(
                                                        "Shared",
                                                        new JsonObject()
                                                                .put("type", "object")
                                                                .put("description", sharedDescription))));
    }
}
