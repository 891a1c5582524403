package org.mentorship.gateway.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * The problem types the gateway answers by itself, before or instead of a service (its token check, rate limit,
 * body limit, circuit breaker, in-flight bound and timeouts). What it answers like every service (not-found,
 * method-not-allowed, internal-error, database-unavailable passed through) is platform's {@code PlatformProblems}.
 * {@code GatewayContract} publishes both in the merged document's {@code x-problem-types}.
 */
public enum GatewayProblems implements ProblemType {
    BAD_REQUEST(400, "bad-request", "Bad request", "The request line, a header or the body could not be read"),
    AUTHENTICATION_REQUIRED(
            401,
            "authentication-required",
            "Authentication required",
            "A path under /api/v1 that is not public was called without a bearer token"),
    INVALID_TOKEN(
            401,
            "invalid-token",
            "Invalid token",
            "The bearer token is badly formed, wrongly signed, from another issuer, expired or names nobody"),
    PAYLOAD_TOO_LARGE(
            413,
            "payload-too-large",
            "Payload too large",
            "The request body is larger than the gateway admits (1 MiB by default)"),
    TOO_MANY_REQUESTS(
            429,
            "too-many-requests",
            "Too many requests",
            "The client's rate limit (per token subject, per address, or for bad tokens per address) is used up"),
    UPSTREAM_UNAVAILABLE(502, "upstream-unavailable", "Service unavailable", "The gateway could not reach the service"),
    UPSTREAM_CIRCUIT_OPEN(
            503,
            "upstream-circuit-open",
            "Service unavailable",
            "The service kept failing; the gateway pauses calls to it for Retry-After seconds"),
    UPSTREAM_OVERLOADED(
            503,
            "upstream-overloaded",
            "Service busy",
            "The service has as many requests in flight as the gateway gives it; retry after Retry-After seconds"),
    UPSTREAM_TIMEOUT(504, "upstream-timeout", "Service timed out", "The service did not answer in time");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    GatewayProblems(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }
}
