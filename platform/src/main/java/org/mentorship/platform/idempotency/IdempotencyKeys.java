package org.mentorship.platform.idempotency;

import org.mentorship.platform.problem.PlatformProblems;

/** The names clients see: the request header, the replay marker, and the problem types. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a replayed answer, so a client (and a log) can tell a replay from the first answer. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /** 422: the key was used for another request (method, path or body differ). */
    public static final String REUSED = PlatformProblems.IDEMPOTENCY_KEY_REUSED.slug();
    /** 422: blank, or longer than {@link IdempotentRequest#MAX_KEY} characters. */
    public static final String INVALID = PlatformProblems.INVALID_IDEMPOTENCY_KEY.slug();
    /** 409: a request with the key left no answer to replay (not expected: the answer commits with the claim). */
    public static final String IN_USE = PlatformProblems.IDEMPOTENCY_KEY_IN_USE.slug();

    private IdempotencyKeys() {}
}
