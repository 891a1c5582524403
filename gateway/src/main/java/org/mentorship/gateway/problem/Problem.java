package org.mentorship.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;

/**
 * An RFC 9457 problem details body as the gateway writes it. The {@code type} is stable per kind of error
 * (clients switch on it); the detail says what happened without any internals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://mentorship.example.org/problems/";

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + slug, title, status, detail, instance);
    }

    public static Problem notFound(String instance) {
        return of("not-found", "Not found", 404, "No resource at this path", instance);
    }

    public static Problem upstreamUnavailable(String service, String instance) {
        return of("upstream-unavailable", "Service unavailable", 502,
                "The " + service + " service could not be reached; try again shortly", instance);
    }

    public static Problem upstreamTimeout(String service, String instance) {
        return of("upstream-timeout", "Service timed out", 504,
                "The " + service + " service did not answer in time", instance);
    }

    public static Problem internalError(String instance) {
        return of("internal-error", "Internal error", 500,
                "The request could not be completed; it has been logged", instance);
    }

    public Buffer toBuffer() {
        return Buffer.buffer(Json.encode(this));
    }
}
