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
        return of(
                "upstream-unavailable",
                "Service unavailable",
                502,
                "The " + service + " service could not be reached; try again shortly",
                instance);
    }

    public static Problem upstreamTimeout(String service, String instance) {
        return of(
                "upstream-timeout",
                "Service timed out",
                504,
                "The " + service + " service did not answer in time",
                instance);
    }

    public static Problem authenticationRequired(String instance) {
        return of(
                "authentication-required",
                "Authentication required",
                401,
                "This request needs a bearer token (Authorization: Bearer ...)",
                instance);
    }

    public static Problem invalidToken(String instance) {
        return of(
                "invalid-token",
                "Invalid token",
                401,
                "The bearer token is not valid: badly formed, wrongly signed, from another issuer or expired",
                instance);
    }

    public static Problem tooManyRequests(long retryAfterSeconds, String instance) {
        return of(
                "too-many-requests",
                "Too many requests",
                429,
                "Request rate limit reached; try again in " + retryAfterSeconds + " s",
                instance);
    }

    public static Problem payloadTooLarge(long limitBytes, String instance) {
        return of(
                "payload-too-large",
                "Payload too large",
                413,
                "The request body is larger than " + limitBytes + " bytes",
                instance);
    }

    public static Problem circuitOpen(String service, long retryAfterSeconds, String instance) {
        return of(
                "upstream-circuit-open",
                "Service unavailable",
                503,
                "The " + service + " service is failing; the gateway pauses calls to it for " + retryAfterSeconds
                        + " s",
                instance);
    }

    public static Problem upstreamOverloaded(String service, String instance) {
        return of(
                "upstream-overloaded",
                "Service busy",
                503,
                "The " + service + " service has as many requests in flight as it is given; try again in 1 s",
                instance);
    }

    /** A service's own 503 when its database cannot take the request (the services' ProblemMappers), passed through. */
    public static Problem databaseUnavailable(String instance) {
        return of(
                "database-unavailable",
                "Database unavailable",
                503,
                "The service's database cannot take this request right now; nothing was changed. Retry after 5 s",
                instance);
    }

    public static Problem internalError(String instance) {
        return of(
                "internal-error",
                "Internal error",
                500,
                "The request could not be completed; it has been logged",
                instance);
    }

    public Buffer toBuffer() {
        return Buffer.buffer(Json.encode(this));
    }
}
