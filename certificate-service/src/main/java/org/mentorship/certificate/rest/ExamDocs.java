package org.mentorship.certificate.rest;

/** The long OpenAPI texts of the Exam operations, referenced from their annotations. */
final class ExamDocs {

    public static final String REGISTER_EXAM_PARTNER = """
            A partner token (e.g. a learning platform's machine client, its subject the partnerId) records \
            attempts only of the exams it is registered for. Registering again changes nothing.""";

    public static final String RECORD_EXAM_RESULT = """
            By a coordinator or a partner system (e.g. a learning platform). Every attempt is kept; a passing \
            one may issue the certificate. Send an Idempotency-Key to make retries safe: the same request again \
            replays the first answer (header Idempotent-Replayed: true); the same key with another attempt is \
            refused (422 idempotency-key-reused).""";

    public static final String RECORD_EXAM_RESULT_403 = """
            forbidden, partner-not-registered (a partner records only the exams a coordinator registered it \
            for), self-dealing (you are the mentee of this mentorship)""";

    private ExamDocs() {}
}
