package org.mentorship.webhook.problem;

import org.mentorship.platform.problem.ProblemType;

/**
 * Every problem type webhook-service answers beyond the platform's (named by {@code mentorship.problems.catalogue}):
 * the slugs, statuses and titles clients switch on, and when each is answered.
 */
public final class WebhookProblems {
    public static final ProblemType UNKNOWN_EVENT_TYPE = new ProblemType(
            422,
            "unknown-event-type",
            "Unknown event type",
            "An event type is not one the program publishes (the AsyncAPI document lists them)");
    public static final ProblemType TARGET_NOT_ALLOWED = new ProblemType(
            422,
            "target-not-allowed",
            "Target URL not allowed",
            "The URL is not https, or its host does not resolve or resolves to a loopback, private or link-local"
                    + " address");
    public static final ProblemType ENDPOINT_DISABLED = new ProblemType(
            409,
            "endpoint-disabled",
            "Endpoint disabled",
            "The endpoint was disabled after repeated failure; enable it before asking for a redelivery");

    private WebhookProblems() {}
}
