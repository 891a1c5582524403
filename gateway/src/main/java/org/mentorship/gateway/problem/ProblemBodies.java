package org.mentorship.gateway.problem;

import static org.mentorship.gateway.problem.GatewayProblems.AUTHENTICATION_REQUIRED;
import static org.mentorship.gateway.problem.GatewayProblems.INVALID_TOKEN;
import static org.mentorship.gateway.problem.GatewayProblems.PAYLOAD_TOO_LARGE;
import static org.mentorship.gateway.problem.GatewayProblems.SERVICES_UNAVAILABLE;
import static org.mentorship.gateway.problem.GatewayProblems.TOO_MANY_REQUESTS;
import static org.mentorship.gateway.problem.GatewayProblems.UPSTREAM_CIRCUIT_OPEN;
import static org.mentorship.gateway.problem.GatewayProblems.UPSTREAM_OVERLOADED;
import static org.mentorship.gateway.problem.GatewayProblems.UPSTREAM_TIMEOUT;
import static org.mentorship.gateway.problem.GatewayProblems.UPSTREAM_UNAVAILABLE;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.Problem;

/**
 * The problem bodies the gateway writes, each of a catalogued type ({@link GatewayProblems}, platform's
 * {@link PlatformProblems}) with the detail that says what happened, without any internals. The answers and the
 * merged document's examples ({@code GatewayContract}) are made here alike.
 */
public final class ProblemBodies {

    private ProblemBodies() {}

    public static Problem notFound(String instance) {
        return Problem.of(PlatformProblems.NOT_FOUND, "No resource at this path", instance);
    }

    public static Problem upstreamUnavailable(String service, String instance) {
        return Problem.of(
                UPSTREAM_UNAVAILABLE, "The " + service + " service could not be reached; try again shortly", instance);
    }

    public static Problem upstreamTimeout(String service, String instance) {
        return Problem.of(UPSTREAM_TIMEOUT, "The " + service + " service did not answer in time", instance);
    }

    public static Problem authenticationRequired(String instance) {
        return Problem.of(
                AUTHENTICATION_REQUIRED, "This request needs a bearer token (Authorization: Bearer ...)", instance);
    }

    public static Problem invalidToken(String instance) {
        return Problem.of(
                INVALID_TOKEN,
                "The bearer token is not valid: badly formed, wrongly signed, from another issuer or expired",
                instance);
    }

    public static Problem tooManyRequests(long retryAfterSeconds, String instance) {
        return Problem.of(
                TOO_MANY_REQUESTS, "Request rate limit reached; try again in " + retryAfterSeconds + " s", instance);
    }

    public static Problem payloadTooLarge(long limitBytes, String instance) {
        return Problem.of(PAYLOAD_TOO_LARGE, "The request body is larger than " + limitBytes + " bytes", instance);
    }

    public static Problem circuitOpen(String service, long retryAfterSeconds, String instance) {
        return Problem.of(
                UPSTREAM_CIRCUIT_OPEN,
                "The " + service + " service is failing; the gateway pauses calls to it for " + retryAfterSeconds
                        + " s",
                instance);
    }

    public static Problem upstreamOverloaded(String service, String instance) {
        return Problem.of(
                UPSTREAM_OVERLOADED,
                "The " + service + " service has as many requests in flight as it is given; try again in 1 s",
                instance);
    }

    /** A service's own 503 when its database cannot take the request (the services' ProblemMappers), passed through. */
    public static Problem databaseUnavailable(String instance) {
        return Problem.of(
                PlatformProblems.DATABASE_UNAVAILABLE,
                "The service's database cannot take this request right now; nothing was changed. Retry after 5 s",
                instance);
    }

    /** An answer the gateway gives only whole (an export) when these services did not answer. */
    public static Problem servicesUnavailable(java.util.List<String> services, String instance) {
        return Problem.of(
                SERVICES_UNAVAILABLE,
                "No answer from " + String.join(", ", services) + "; nothing is given in part. Try again shortly",
                instance);
    }

    public static Problem internalError(String instance) {
        return Problem.of(
                PlatformProblems.INTERNAL_ERROR, "The request could not be completed; it has been logged", instance);
    }

    public static Buffer buffer(Problem problem) {
        return Buffer.buffer(Json.encode(problem));
    }
}
