package org.mentorship.evaluation.rest;

/** The long OpenAPI texts of the Participation operations, referenced from their annotations. */
final class ParticipationDocs {

    public static final String RECORD_PARTICIPATION = """
            Send an Idempotency-Key to make retries safe: the same request again from the same person replays \
            the first answer (header Idempotent-Replayed: true); the same key with another entry is refused (422 \
            idempotency-key-reused).""";

    private ParticipationDocs() {}
}
