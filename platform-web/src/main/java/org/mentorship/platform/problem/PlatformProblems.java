package org.mentorship.platform.problem;

/**
 * The problem types every service answers the same way (the platform's mappers, paging, Idempotency-Key, access
 * checks). A service's own types are the constants of its catalogue class; the slugs never overlap (PlatformProblemsTest, and the
 * gateway's contract rules over the merged document).
 */
public final class PlatformProblems {
    public static final ProblemType VALIDATION_FAILED = new ProblemType(
            400,
            "validation-failed",
            "Invalid request",
            "A field of the request breaks its constraint; errors names each");
    public static final ProblemType MALFORMED_REQUEST = new ProblemType(
            400, "malformed-request", "Malformed request body", "The body is not JSON of the documented shape");
    public static final ProblemType UNKNOWN_FIELD = new ProblemType(
            400, "unknown-field", "Unknown or server-owned field", "The body sets a field the API does not take");
    public static final ProblemType INVALID_PAGE = new ProblemType(
            400, "invalid-page", "Invalid page", "page is below 0, size below 1, or the page starts too far in");
    public static final ProblemType UNAUTHENTICATED = new ProblemType(
            401, "unauthenticated", "Authentication required", "No bearer token, or one that is not valid");
    public static final ProblemType FORBIDDEN = new ProblemType(
            403, "forbidden", "Forbidden", "The caller's role, or their part of the program, does not allow this");
    public static final ProblemType SELF_DEALING = new ProblemType(
            403,
            "self-dealing",
            "Self-dealing",
            "The caller is the applicant, mentee or payee of this case: someone else must act on it");
    public static final ProblemType NOT_FOUND =
            new ProblemType(404, "not-found", "Not found", "Nothing at this path, or nothing the caller may know of");
    public static final ProblemType NOT_ALLOWED =
            new ProblemType(405, "method-not-allowed", "Method not allowed", "The path does not take this method");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType(
            406, "not-acceptable", "Not acceptable", "The service cannot answer in the media type asked for");
    public static final ProblemType STALE_WRITE = new ProblemType(
            409, "stale-write", "Concurrent change", "Someone changed the record since it was read; read it again");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType(
            415, "unsupported-media-type", "Unsupported media type", "The body is not application/json");
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType(
            422,
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "The Idempotency-Key was already used with another request; a new request needs a new key");
    public static final ProblemType INVALID_IDEMPOTENCY_KEY = new ProblemType(
            422, "invalid-idempotency-key", "Invalid Idempotency-Key", "The key is not 1 to 200 characters");
    public static final ProblemType NO_CONSUMER = new ProblemType(
            409, "no-consumer", "No consumer for this record", "This service no longer consumes the record's topic");
    public static final ProblemType REPLAY_REFUSED = new ProblemType(
            422, "replay-refused", "The record was refused again", "The replayed record broke a rule again; it stays");
    public static final ProblemType IDEMPOTENCY_KEY_IN_USE = new ProblemType(
            409,
            "idempotency-key-in-use",
            "Idempotency-Key in use",
            "A request with the same Idempotency-Key is still being processed; send it again");
    /** The program clock's control (outside production only). */
    public static final ProblemType CLOCK_BACKWARDS = new ProblemType(
            422, "clock-backwards", "The clock only moves forward", "An advance of the program clock by zero or less");

    public static final ProblemType INTERNAL_ERROR = new ProblemType(
            500, "internal-error", "Internal error", "The request could not be completed; it has been logged");
    public static final ProblemType DATABASE_UNAVAILABLE = new ProblemType(
            503,
            "database-unavailable",
            "Database unavailable",
            "The service's database cannot take the request right now; nothing was changed: retry after Retry-After");
    public static final ProblemType REPLAY_POSTPONED = new ProblemType(
            503,
            "replay-postponed",
            "The record could not be applied now; try again later",
            "A fault that may pass (database, lock) kept the replayed record from being applied; it stays");

    private PlatformProblems() {}
}
