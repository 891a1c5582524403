package org.mentorship.webhook.rest;

/** The long OpenAPI texts and examples of the webhook operations, referenced from their annotations. */
final class WebhookDocs {

    static final String REGISTER = """
            A partner system (role partner; coordinators too) registers a URL and the event types it wants. Every \
            event of those types is POSTed to it as a structured-mode CloudEvent (application/cloudevents+json), \
            signed the Standard Webhooks way: headers webhook-id (the CloudEvent id, the same on every retry), \
            webhook-timestamp (unix seconds) and webhook-signature (v1,<base64 HMAC-SHA256 of \
            "{id}.{timestamp}.{body}" with the secret's base64-decoded bytes after whsec_). A 2xx answer delivers; \
            anything else is retried with exponential backoff (30 s doubling, at most 1 h apart) for 24 h, then the \
            delivery fails and the endpoint is disabled, as it is after 50 failed attempts in a row; its owner gets a \
            notice. The URL must be https on a public address. The answer carries the secret, this once. Send an \
            Idempotency-Key to make retries safe.""";

    static final String ENDPOINT = """
            {"id":"3f6c1d2e-8a4b-4c5d-9e7f-1a2b3c4d5e6f","ownerId":"payroll","url":"https://payroll.example.com/hooks",
             "description":"Stipend payroll","eventTypes":["EvaluationPassed","StipendPaid"],"enabled":true,
             "consecutiveFailures":0,"createdAt":"2026-05-02T09:00:00Z"}""";

    static final String REGISTERED = """
            {"id":"3f6c1d2e-8a4b-4c5d-9e7f-1a2b3c4d5e6f","ownerId":"payroll","url":"https://payroll.example.com/hooks",
             "description":"Stipend payroll","eventTypes":["EvaluationPassed","StipendPaid"],"enabled":true,
             "createdAt":"2026-05-02T09:00:00Z","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw0nvOqu3BKjI="}""";

    static final String REGISTER_REQUEST = """
            {"url":"https://payroll.example.com/hooks","eventTypes":["EvaluationPassed","StipendPaid"],
             "description":"Stipend payroll"}""";

    static final String DISABLED = """
            {"id":"3f6c1d2e-8a4b-4c5d-9e7f-1a2b3c4d5e6f","ownerId":"payroll","url":"https://payroll.example.com/hooks",
             "description":"Stipend payroll","eventTypes":["EvaluationPassed","StipendPaid"],"enabled":false,
             "consecutiveFailures":50,"disabledAt":"2026-05-03T10:00:00Z",
             "disabledReason":"50 failed attempts in a row; the last: HTTP 503","createdAt":"2026-05-02T09:00:00Z"}""";

    static final String DELIVERY = """
            {"id":"9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","endpointId":"3f6c1d2e-8a4b-4c5d-9e7f-1a2b3c4d5e6f",
             "eventId":"0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a","eventType":"EvaluationPassed","status":"DELIVERED",
             "attempts":2,"createdAt":"2026-05-20T14:00:00Z","deliveredAt":"2026-05-20T14:00:31Z",
             "attemptLog":[{"id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","attemptedAt":"2026-05-20T14:00:01Z",
               "statusCode":503,"durationMs":41,"responseExcerpt":"busy","onRequest":false},
              {"id":"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e","attemptedAt":"2026-05-20T14:00:31Z","statusCode":204,
               "durationMs":38,"responseExcerpt":"","onRequest":false}]}""";

    static final String UNKNOWN_EVENT_TYPE = """
            {"type":"https://mentorship.example.org/problems/unknown-event-type","title":"Unknown event type",
             "status":422,"detail":"Not event types of the program: EvaluationPased"}""";

    static final String TARGET_NOT_ALLOWED = """
            {"type":"https://mentorship.example.org/problems/target-not-allowed","title":"Target URL not allowed",
             "status":422,"detail":"The host hooks.internal resolves to 10.0.3.7, a loopback, private or link-local address"}""";

    static final String ENDPOINT_DISABLED = """
            {"type":"https://mentorship.example.org/problems/endpoint-disabled","title":"Endpoint disabled",
             "status":409,"detail":"Endpoint 3f6c1d2e-8a4b-4c5d-9e7f-1a2b3c4d5e6f is disabled; enable it first"}""";

    static final String NOT_FOUND = """
            {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Webhook endpoint 3f6c1d2e-8a4b-4c5d-9e7f-1a2b3c4d5e6f does not exist"}""";

    private WebhookDocs() {}
}
