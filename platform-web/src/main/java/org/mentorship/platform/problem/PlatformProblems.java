package org.mentorship.platform.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The problem types every service answers the same way (the platform's mappers, paging, Idempotency-Key, access
 * checks). A service's own types live in its catalogue enum; the slugs never overlap (PlatformProblemsTest, and the
 * gateway's contract rules over the merged document).
 */
public enum PlatformProblems implements ProblemType {
    VALIDATION_FAILED(
            400,
            "validation-failed",
            "Invalid request",
            "A field of the request breaks its constraint; errors names each"),
    MALFORMED_REQUEST(
            400, "malformed-request", "Malformed request body", "The body is not JSON of the documented shape"),
    UNKNOWN_FIELD(400, "unknown-field", "Unknown or server-owned field", "The body sets a field the API does not take"),
    INVALID_PAGE(400, "invalid-page", "Invalid page", "page is below 0, size below 1, or the page starts too far in"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required", "No bearer token, or one that is not valid"),
    FORBIDDEN(403, "forbidden", "Forbidden", "The caller's role, or their part of the program, does not allow this"),
    SELF_DEALING(
            403,
            "self-dealing",
            "Self-dealing",
            "The caller is the applicant, mentee or payee of this case: someone else must act on it"),
    NOT_FOUND(404, "not-found", "Not found", "Nothing at this path, or nothing the caller may know of"),
    NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "The path does not take this method"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable", "The service cannot answer in the media type asked for"),
    STALE_WRITE(409, "stale-write", "Concurrent change", "Someone changed the record since it was read; read it again"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type", "The body is not application/json"),
    IDEMPOTENCY_KEY_REUSED(
            422,
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "The Idempotency-Key was already used with another request; a new request needs a new key"),
    INVALID_IDEMPOTENCY_KEY(
            422, "invalid-idempotency-key", "Invalid Idempotency-Key", "The key is not 1 to 200 characters"),
    NO_CONSUMER(
            409, "no-consumer", "No consumer for this record", "This service no longer consumes the record's topic"),
    REPLAY_REFUSED(
            422, "replay-refused", "The record was refused again", "The replayed record broke a rule again; it stays"),
    IDEMPOTENCY_KEY_IN_USE(
            409,
            "idempotency-key-in-use",
            "Idempotency-Key in use",
            "A request with the same Idempotency-Key is still being processed; send it again"),
    INTERNAL_ERROR(500, "internal-error", "Internal error", "The request could not be completed; it has been logged"),
    DATABASE_UNAVAILABLE(
            503,
            "database-unavailable",
            "Database unavailable",
            "The service's database cannot take the request right now; nothing was changed: retry after Retry-After"),
    REPLAY_POSTPONED(
            503,
            "replay-postponed",
            "The record could not be applied now; try again later",
            "A fault that may pass (database, lock) kept the replayed record from being applied; it stays");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    PlatformProblems(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    public static Optional<PlatformProblems> bySlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
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
