package org.mentorship.certificate.rest;

/** The long OpenAPI texts and examples of the Exam operations, referenced from their annotations. */
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

    public static final String RECORD_EXAM_RESULT_ATTEMPT = """
            {"examId":"7d1e9a4c-1b2f-4e3d-8c5b-6a7f8e9d0c1b","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "score":82,"takenAt":"2026-05-20T14:00:00Z"}""";

    public static final String RECORD_EXAM_RESULT_EXAM_NOT_APPLICABLE = """
            {"type":"https://mentorship.example.org/problems/exam-not-applicable","title":"Exam does not apply",
             "status":422,"detail":"Exam 'Rust basics' is not an exam of the project of mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e"}""";

    public static final String RECORD_EXAM_RESULT_COMPLETION_CLOSED = """
            {"type":"https://mentorship.example.org/problems/completion-closed","title":"Completion record closed",
             "status":409,"detail":"Mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e ended without completion"}""";

    private ExamDocs() {}
}
