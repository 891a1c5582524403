package org.mentorship.certificate.rest;

/** The long OpenAPI texts and examples of the Completion operations, referenced from their annotations. */
final class CompletionDocs {

    public static final String GET_COMPLETION_NOT_FOUND = """
            {"type":"https://mentorship.example.org/problems/not-found","title":"Not found","status":404,
             "detail":"Completion record of mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e does not exist"}""";

    public static final String GET_COMPLETION_HISTORY_ENTRIES = """
            [{"at":"2026-02-26T11:40:06Z","actor":"/mentorship/application-service","from":null,"to":"OPEN","reason":"Completion record opened"},
             {"at":"2026-05-29T10:00:01Z","actor":"/mentorship/evaluation-service","from":"OPEN","to":"OPEN","reason":"Mentorship completed: final evaluation passed"}]""";

    private CompletionDocs() {}
}
