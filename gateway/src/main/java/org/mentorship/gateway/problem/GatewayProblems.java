package org.mentorship.gateway.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * The problem types the gateway answers by itself, before or instead of a service (its token check, rate limit,
 * body limit, circuit breaker, in-flight bound and timeouts). What it answers like every service (not-found,
 * method-not-allowed, internal-error, database-unavailable passed through) is platform's {@code PlatformProblems}.
 * {@code GatewayContract} publishes both in the merged document's {@code x-problem-types}.
 */
public final class GatewayProblems {
    public static final ProblemType BAD_REQUEST = new ProblemType(
            400, "bad-request", "Bad request", "The request line, a header or the body could not be read");
    public static final ProblemType AUTHENTICATION_REQUIRED = new ProblemType(
            401,
            "authentication-required",
            "Authentication required",
            "A path under /api/v1 that is not public was called without a bearer token");
    public static final ProblemType INVALID_TOKEN = new ProblemType(
            401,
            "invalid-token",
            "Invalid token",
            "The bearer token is badly formed, wrongly signed, from another issuer, expired or names nobody");
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType(
            413,
            "payload-too-large",
            "Payload too large",
            "The request body is larger than the gateway admits (1 MiB by default)");
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType(
            429,
            "too-many-requests",
            "Too many requests",
            "The client's rate limit (per token subject, per address, or for bad tokens per address) is used up");
    public static final ProblemType UPSTREAM_UNAVAILABLE = new ProblemType(
            502, "upstream-unavailable", "Service unavailable", "The gateway could not reach the service");
    public static final ProblemType UPSTREAM_CIRCUIT_OPEN = new ProblemType(
            503,
            "upstream-circuit-open",
            "Service unavailable",
            "The service kept failing; the gateway pauses calls to it for Retry-After seconds");
    public static final ProblemType UPSTREAM_OVERLOADED = new ProblemType(
            503,
            "upstream-overloaded",
            "Service busy",
            "The service has as many requests in flight as the gateway gives it; retry after Retry-After seconds");
    public static final ProblemType SERVICES_UNAVAILABLE = new ProblemType(
            503,
            "services-unavailable",
            "Services unavailable",
            "An answer that needs every service (a data export, marking a notification read) could not be given: "
                    + "the services named did not answer. Nothing was changed; retry later");
    public static final ProblemType UPSTREAM_TIMEOUT =
            new ProblemType(504, "upstream-timeout", "Service timed out", "The service did not answer in time");

    private GatewayProblems() {}
}
